from pathlib import Path

import pytest

SOURCES = Path(__file__).resolve().parents[3] / "fixtures" / "sources"
CASES = SOURCES / "cases"


def case_bytes(name: str) -> bytes:
    return (CASES / name).read_bytes()


@pytest.fixture
def case():
    """``case("utf8-bom.md")`` -> the bytes of fixtures/sources/cases/utf8-bom.md."""
    return case_bytes
