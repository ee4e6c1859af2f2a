"""A plain story dated only by its lede's dateline (an agency's abbreviated month
too), and a CMS account's name where the writer's goes: invented texts, asserting
what an editor sees."""

from datetime import date

from articles.importing.cleaning.dates import find_credited_dateline
from articles.importing.cleaning.names import clean_byline
from articles.importing.parsing import parse_bytes


def read(text: str, name: str = "nota.txt"):
    return parse_bytes(text.encode("utf-8"), source_path=name)


def test_an_agency_dateline_with_an_abbreviated_month():
    found = find_credited_dateline("LIMA, 3 oct 2023 (NW) — Los ministros se reunieron.")
    assert found is not None
    dateline, credit = found
    assert dateline.moment.date() == date(2023, 10, 3)
    assert dateline.rest == "Los ministros se reunieron."
    assert credit == "NW"


def test_a_plain_story_takes_its_date_from_the_ledes_dateline():
    text = (
        "Vecinos de Tequisquiapan limpian el cauce del río San Juan\n"
        "\n"
        "Por Rosaura Mejía Olvera\n"
        "\n"
        "TEQUISQUIAPAN, Qro., 14 de abril de 2019.— Cerca de 200 vecinos retiraron "
        "basura y maleza del cauce del río durante la jornada del domingo.\n"
        "\n"
        "El ayuntamiento aportó camiones para llevar los desechos al relleno sanitario.\n"
    )
    article = read(text)
    assert article.title == "Vecinos de Tequisquiapan limpian el cauce del río San Juan"
    assert article.published_at.date() == date(2019, 4, 14)
    assert article.body.startswith("Cerca de 200 vecinos")


def test_a_cms_account_is_no_byline():
    assert clean_byline("Administrator") is None
    assert clean_byline("Escrito por admin") is None
    assert clean_byline("Por Webmaster") is None
    assert clean_byline("Adela Ministro").name == "Adela Ministro"
