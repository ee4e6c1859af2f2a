"""A raw MIME e-mail saved as text: its parts' boundaries and headers are not the
story's, and a message that only announces an attachment is refused in one Spanish
line. Invented texts."""

import pytest

from articles.importing.cleaning.mime import is_attachment_only, strip_mime_parts
from articles.importing.parsing import parse_bytes
from articles.importing.records import ImportFailure

HEAD = (
    "From: Fotografía <fotos@diario.example>\n"
    "To: Web <web@diario.example>\n"
    "Date: Tue, 7 May 2024 09:12:00 -0600\n"
    "Subject: {subject}\n"
    "MIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="==b42=="\n'
    "\n"
    "--==b42==\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "Content-Transfer-Encoding: 8bit\n"
    "\n"
)


def test_a_mail_announcing_only_an_attachment_is_refused():
    text = HEAD.format(subject="Fotos feria Zapotlán") + (
        "Ahí van las imágenes de la feria.\n"
        "\n"
        "[Archivo adjunto: feria_zapotlan.zip (31.5 MB)]\n"
        "--==b42==--\n"
    )
    with pytest.raises(ImportFailure) as failure:
        parse_bytes(text.encode("utf-8"), source_path="fotos.eml")
    assert "adjunto" in str(failure.value)


def test_a_mail_with_its_story_keeps_the_story_without_its_mime_parts():
    story = (
        "Inauguran ciclovía en la avenida Juárez\n"
        "\n"
        "El Ayuntamiento inauguró este martes una ciclovía de 4.2 kilómetros en la avenida "
        "Juárez, que conecta el centro con la unidad deportiva.\n"
        "\n"
        "La obra costó 9 millones de pesos y tendrá vigilancia de la policía vial, dijo "
        "la directora de Movilidad, Irene Cárdenas Flores.\n"
    )
    text = (
        HEAD.format(subject="Inauguran ciclovía en la avenida Juárez")
        + story
        + "\n--==b42==\nContent-Type: text/html\n\n<p>copia</p>\n--==b42==--\n"
    )
    stripped = strip_mime_parts(text)
    assert "--==b42==" not in stripped and "Content-Type: text/plain" not in stripped
    assert "<p>copia</p>" not in stripped
    article = parse_bytes(text.encode("utf-8"), source_path="nota.eml")
    assert "Content-Type" not in article.body and "==b42==" not in article.body
    assert "ciclovía de 4.2 kilómetros" in article.body


def test_a_story_that_names_an_attachment_is_not_attachment_only():
    body = (
        "Adjunto: boletin_112.pdf\n"
        "\n"
        "La Secretaría de Salud informó que la jornada de vacunación se extenderá hasta el "
        "viernes en los 17 centros de salud del municipio, con horario de 8:00 a 19:00 horas.\n"
    )
    assert not is_attachment_only(body)
    assert is_attachment_only("Va el oficio.\n\n<<oficio_112.pdf>>\n")
