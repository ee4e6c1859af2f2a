"""Structured exports read as the formats they are (JSON, XML, raw e-mail, JSON front
matter) and publication statuses read from one table, fail closed: what cannot be read
as published stays a draft. All text is invented."""

import base64
import datetime
import json

import pytest

from articles.importing.cleaning.publication import read_status, status_spelling
from articles.importing.parsing import parse_bytes
from articles.importing.records import ImportFailure

BODY = (
    "La cooperativa de apicultores de San Benito entregó este martes su primera cosecha "
    "de miel de tajonal a una empresa de la capital, con un precio que supera en un tercio "
    "al que pagaban los intermediarios de la región.\n\n"
    "Los productores calculan que la temporada dejará unas doce toneladas si las lluvias "
    "llegan a tiempo y los apiarios no sufren otra plaga de hormiga.\n"
)
HTML_BODY = (
    "<p>La cooperativa de apicultores de San Benito entregó este martes su primera cosecha "
    "de miel de tajonal, con un precio &quot;justo&quot; que supera al de los "
    "intermediarios.</p><p>Los productores calculan que la temporada dejará unas doce "
    "toneladas si las lluvias llegan a tiempo.</p><script>alert(1)</script>"
)
TITLE = "Apicultores de San Benito venden su primera cosecha de miel de tajonal"


def _parse(text: str | bytes, name: str = "nota.txt"):
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return parse_bytes(data, source_path=f"lote/{name}")


# --- the status table ------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["publish", "Published", "publicado", "Publicada", "1", 1, True, "true"]
)
def test_published_spellings_publish(value):
    assert read_status(value) == (False, [])


@pytest.mark.parametrize(
    "value",
    ["draft", "Borrador", "pending", "En revisión", "review", "private", "Privado", "trash",
     "papelera", "unpublished", "Despublicado", "expired", "Caducado", "No publicado",
     "-2", "0", 0, False, "BORRADOR · NO PUBLICAR TODAVÍA", "Pendiente (falta foto)"],
)  # fmt: skip
def test_draft_spellings_keep_a_draft(value):
    draft, warnings = read_status(value)
    assert draft is True and warnings == []


@pytest.mark.parametrize("value", ["future", "scheduled", "Programado", "programada"])
def test_scheduled_spellings_are_a_draft_that_says_so(value):
    draft, warnings = read_status(value)
    assert draft is True and "programada" in warnings[0]
    assert status_spelling(value) == "scheduled"


@pytest.mark.parametrize("value", ["quizá mañana", "ok", "Jalisco", "", None, ["publish"]])
def test_an_unknown_status_is_a_draft_with_a_spanish_warning(value):
    draft, warnings = read_status(value)
    assert draft is True and "no reconocido" in warnings[0]


@pytest.mark.parametrize(
    ("line", "draft"),
    [
        ("ESTADO: BORRADOR · NO PUBLICAR TODAVÍA", True),
        ("Status:         EXPIRED", True),
        ("Estado: En revisión", True),
        ("Estatus: lo veo luego", True),  # unknown: fail closed
        ("Estado: Publicado", False),
        ("Estado: Zacatecas", False),  # a state, no status
    ],
)
def test_a_status_line_in_a_texts_head_decides_whatever_the_reader(line, draft):
    text = f"{line}\nAutor: Lidia Quintal Ek\n\n{TITLE}\n\n{BODY}"
    assert _parse(text).draft is draft


def test_a_status_line_deep_in_the_body_is_no_status():
    long = " ".join(["palabra"] * 50)
    text = f"{TITLE}\n\n{long}\n\nEstado: borrador\n\n{BODY}"
    assert _parse(text).draft is False


@pytest.mark.parametrize(
    ("line", "draft"),
    [("draft: true", True), ("draft: yes", True), ("draft: no", False), ('draft: "no"', False),
     ('draft: "quizá"', True), ("status: future", True), ("estado: caducado", True),
     ("status: publish", False), ("publishedAt: null", True)],
)  # fmt: skip
def test_front_matter_statuses_follow_yaml_1_1_and_the_table(line, draft):
    text = f'---\ntitle: "{TITLE}"\ndate: 2021-03-04\n{line}\n---\n\n{BODY}'
    assert _parse(text, "nota.md").draft is draft


def test_a_scheduled_post_keeps_its_date_as_a_draft_never_published():
    text = f'---\ntitle: "{TITLE}"\ndate: 2099-05-04 07:00\nstatus: scheduled\n---\n\n{BODY}'
    article = _parse(text, "nota.md")
    assert article.draft is True
    assert article.published_at.date() == datetime.date(2099, 5, 4)
    assert any("programada" in w for w in article.warnings)


# --- JSON exports ----------------------------------------------------------------


def test_a_strapi_export_reads_relations_unix_time_and_an_html_body():
    data = {
        "data": {
            "id": 7,
            "attributes": {
                "titulo": TITLE,
                "contenido": HTML_BODY,
                "fecha": 1615000000,  # 2021-03-05 21:06 Mexico City
                "estatus": "publicado",
                "autor": {"data": {"id": 2, "attributes": {"nombre": "Lidia Quintal Ek"}}},
                "seccion": {"data": {"attributes": {"nombre": "Campo"}}},
            },
        }
    }
    article = _parse(json.dumps(data), "nota.json")
    assert article.title == TITLE
    assert article.published_at.date() == datetime.date(2021, 3, 5)
    assert [b.name for b in article.bylines] == ["Lidia Quintal Ek"]
    assert article.section == "Campo"
    assert article.draft is False
    assert "<script" not in article.body and "alert(1)" not in article.body
    assert '"justo"' in article.body


def test_a_one_line_ghost_export_with_a_null_stamp_is_a_draft_with_its_authors():
    data = {
        "db": [
            {
                "meta": {"version": "4.0"},
                "data": {
                    "posts": [
                        {"id": "p1", "title": TITLE, "html": HTML_BODY, "status": "published",
                         "published_at": None, "created_at": "2021-03-04T10:00:00.000Z"}
                    ],
                    "users": [{"id": "u1", "name": "Lidia Quintal Ek"}],
                    "posts_authors": [{"post_id": "p1", "author_id": "u1", "sort_order": 0}],
                },
            }
        ]
    }  # fmt: skip
    article = _parse(json.dumps(data, ensure_ascii=True), "export.json")
    assert article.title == TITLE
    assert article.draft is True  # published_at: null, never published
    assert [b.name for b in article.bylines] == ["Lidia Quintal Ek"]


def test_a_json_export_with_an_iso_z_date_is_dated_on_the_mexican_day():
    data = {"title": TITLE, "body": BODY, "date": "2021-03-05T03:30:00Z", "status": "publish"}
    assert _parse(json.dumps(data), "n.json").published_at.date() == datetime.date(2021, 3, 4)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([{"label": "Inicio", "url": "/"}, {"label": "Deportes", "url": "/deportes"}],
         "sin nota"),
        ({"data": {"attributes": {"titulo": TITLE, "cuerpo": ""}}}, "cuerpo de la nota"),
        ({"items": [{"title": TITLE, "body": BODY}, {"title": "Otra nota", "body": BODY}]},
         "2 notas"),
    ],
)  # fmt: skip
def test_a_json_that_is_no_single_article_is_refused_in_spanish(data, words):
    with pytest.raises(ImportFailure) as failure:
        _parse(json.dumps(data), "menu.json")
    assert words in failure.value.reason


def test_a_truncated_json_is_refused():
    text = json.dumps({"title": TITLE, "body": BODY})[:-40]
    with pytest.raises(ImportFailure, match="JSON"):
        _parse(text, "roto.json")


def test_deeply_nested_json_is_refused_quickly_and_in_spanish():
    with pytest.raises(ImportFailure, match="anidado"):
        _parse("[" * 200_000 + "]" * 200_000, "hondo.json")
    with pytest.raises(ImportFailure, match="JSON"):
        _parse('{"a": ' + "[" * 100_000, "hondo.json")


def test_hugo_json_front_matter_is_read_as_front_matter():
    text = (
        "{\n"
        f'  "title": "{TITLE}",\n'
        '  "date": "2019-02-03",\n'
        '  "draft": false,\n'
        '  "author": "Lidia Quintal Ek",\n'
        '  "categories": ["Portada", "Campo"]\n'
        "}\n\n" + BODY
    )
    article = _parse(text, "nota.md")
    assert article.title == TITLE
    assert article.published_at.date() == datetime.date(2019, 2, 3)
    assert article.section == "Campo" and article.placement == ("Portada",)
    assert article.body.startswith("La cooperativa")


def test_a_decap_post_keeps_its_text_in_a_body_key():
    text = (
        f'---\ntitle: "{TITLE}"\ndate: 2022-05-10\n'
        "body: |-\n  Primera línea de la nota.\n\n  Segunda.\n---\n"
    )
    article = _parse(text, "nota.md")
    assert article.body.startswith("Primera línea")


# --- XML exports -----------------------------------------------------------------

WXR = """<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Gaceta de San Benito</title>
<wp:author><wp:author_login><![CDATA[lquintal]]></wp:author_login>
<wp:author_display_name><![CDATA[Lidia Quintal Ek]]></wp:author_display_name></wp:author>
<item>
<title>{title}</title>
<pubDate>Wed, 05 Mar 2021 04:10:00 +0000</pubDate>
<dc:creator><![CDATA[lquintal]]></dc:creator>
<content:encoded><![CDATA[{body}]]></content:encoded>
<excerpt:encoded><![CDATA[Doce toneladas esperadas.]]></excerpt:encoded>
<wp:post_date><![CDATA[2021-03-04 22:10:00]]></wp:post_date>
<wp:status><![CDATA[{status}]]></wp:status>
<wp:post_type><![CDATA[post]]></wp:post_type>
<category domain="category" nicename="campo"><![CDATA[Campo]]></category>
<category domain="post_tag" nicename="miel"><![CDATA[miel]]></category>
</item>
</channel>
</rss>
"""


def test_a_wxr_item_gives_its_fields_and_the_local_date():
    article = _parse(WXR.format(title=TITLE, body=HTML_BODY, status="publish"), "wp.xml")
    assert article.title == TITLE
    assert article.published_at.date() == datetime.date(2021, 3, 4)  # post_date, local
    assert [b.name for b in article.bylines] == ["Lidia Quintal Ek"]
    assert article.section == "Campo"
    assert article.source == "Gaceta de San Benito"
    assert article.draft is False
    assert "alert(1)" not in article.body


@pytest.mark.parametrize("status", ["future", "draft", "pending", "private", "trash", "raro"])
def test_a_wxr_item_that_is_not_published_stays_a_draft(status):
    article = _parse(WXR.format(title=TITLE, body=HTML_BODY, status=status), "wp.xml")
    assert article.draft is True


def test_a_drupal_node_with_escaped_html_and_a_spanish_status():
    text = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<nodes><node>'
        f"<titulo>{TITLE}</titulo><estado>No publicado</estado>"
        "<fecha>2019-09-09 11:05</fecha>"
        "<cuerpo>&lt;p&gt;Primer p&amp;aacute;rrafo de la nota sobre la miel.&lt;/p&gt;"
        "&lt;p&gt;Segundo p&amp;aacute;rrafo.&lt;/p&gt;</cuerpo>"
        "</node></nodes>\n"
    )
    article = _parse(text, "drupal.xml")
    assert article.title == TITLE
    assert article.draft is True
    assert article.body.startswith("Primer párrafo")


def test_a_joomla_article_joins_its_intro_and_full_text_and_reads_its_state():
    text = (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<j2xml version="12.5.0"><content>'
        f"<title><![CDATA[{TITLE}]]></title>"
        "<introtext><![CDATA[<p>La entrada de la nota.</p>]]></introtext>"
        "<fulltext><![CDATA[<p>El resto de la nota.</p>]]></fulltext>"
        "<state>-2</state><created_by_alias><![CDATA[Lidia Quintal Ek]]></created_by_alias>"
        "<publish_up><![CDATA[2012-05-17 14:30:00]]></publish_up>"
        "</content></j2xml>\n"
    )
    article = _parse(text, "joomla.xml")
    assert article.draft is True
    assert "La entrada de la nota." in article.body and "El resto de la nota." in article.body
    assert [b.name for b in article.bylines] == ["Lidia Quintal Ek"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (WXR.format(title=TITLE, body=HTML_BODY, status="publish")[:600], "truncado"),
        ('<?xml version="1.0"?>\n<rss><channel><title>Sitio</title></channel></rss>', "sin nota"),
    ],
)
def test_a_truncated_or_empty_xml_export_is_refused_in_spanish(text, words):
    with pytest.raises(ImportFailure) as failure:
        _parse(text, "roto.xml")
    assert words in failure.value.reason


def test_an_entity_bomb_is_refused_before_parsing():
    lol = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    text = (
        f'<?xml version="1.0"?>\n<!DOCTYPE lolz [{lol}]>\n'
        f"<nodes><node><title>{TITLE}</title><body>&lol9;</body></node></nodes>\n"
    )
    with pytest.raises(ImportFailure, match="DOCTYPE"):
        _parse(text, "bomba.xml")


def test_an_external_entity_is_never_fetched():
    text = (
        '<?xml version="1.0"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM "file:///etc/hostname">]>\n'
        f"<nodes><node><title>{TITLE}</title><body>&x;</body></node></nodes>\n"
    )
    with pytest.raises(ImportFailure, match="DOCTYPE"):
        _parse(text, "externa.xml")


def test_a_billion_laughs_string_in_an_article_is_only_text():
    body = "&lol9; " * 2000 + BODY
    article = _parse(f"{TITLE}\n\n{body}", "risas.txt")
    assert article.title == TITLE


def test_deeply_nested_xml_is_refused():
    text = '<?xml version="1.0"?>\n' + "<nodes>" + "<a>" * 5000 + "</a>" * 5000 + "</nodes>"
    with pytest.raises(ImportFailure, match="anidado"):
        _parse(text, "hondo.xml")


# --- raw e-mail ------------------------------------------------------------------


def _b64(text: str) -> str:
    raw = base64.b64encode(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    return "\n".join(raw[i : i + 76] for i in range(0, len(raw), 76))


def test_a_base64_mail_is_decoded_and_its_headers_are_no_body():
    text = (
        "Return-Path: <prensa@sanbenito.example.mx>\n"
        "Received: from mx.example.mx by mx2.example.mx; Tue, 09 Mar 2021 10:00:00 -0600\n"
        "From: =?UTF-8?Q?Comunicaci=C3=B3n_Social?= <prensa@sanbenito.example.mx>\n"
        "To: redaccion@gaceta.example.mx\n"
        "Subject: =?UTF-8?B?" + base64.b64encode(TITLE.encode()).decode() + "?=\n"
        "Date: Tue, 09 Mar 2021 10:00:00 -0600\n"
        "MIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="XYZ"\n\n'
        "--XYZ\n"
        'Content-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: base64\n\n" + _b64(f"{TITLE}\n\n{BODY}") + "\n"
        "--XYZ--\n"
    )
    article = _parse(text, "boletin.eml")
    assert article.title == TITLE
    assert "Received" not in article.body and "base64" not in article.body
    assert "tajonal" in article.body


def test_a_quoted_printable_mail_is_decoded():
    body = f"{TITLE}\n\n{BODY}".replace("é", "=C3=A9").replace("ó", "=C3=B3")
    text = (
        "From: Agencia Tal <envios@agencia.example.mx>\n"
        "Subject: Nota del día\n"
        "Date: Tue, 09 Mar 2021 10:00:00 -0600\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n" + body
    )
    article = _parse(text, "nota.eml")
    assert "=C3" not in article.body and "entregó" in article.body


def test_a_status_header_keeps_a_mailed_story_a_draft():
    text = (
        "From: Sistema <cms@gaceta.example.mx>\n"
        "Subject: " + TITLE + "\n"
        "Date: Tue, 09 Mar 2021 10:00:00 -0600\n"
        "Message-ID: <1@gaceta.example.mx>\n"
        "X-CMS-Estado: pending\n\n" + f"{TITLE}\n\n{BODY}"
    )
    assert _parse(text, "aviso.eml").draft is True
