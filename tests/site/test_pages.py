import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from taggit.models import Tag

from people.models import EntityStatus
from people.views import InstitutionView
from tests.factories import (
    make_article,
    make_author,
    make_institution,
    make_official,
    make_position,
    make_section,
)
from tests.site.conftest import local_dt

pytestmark = pytest.mark.django_db


def html(response) -> str:
    return response.content.decode()


def titles(response) -> list[str]:
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html(response))


def assert_accessible_page(response):
    page = html(response)
    assert response.status_code == 200
    assert '<html lang="es">' in page
    assert page.count("<h1") == 1
    for landmark in ("<header", "<nav", "<main", "<footer"):
        assert landmark in page
    assert 'action="/buscar/"' in page
    # CSP: script-src/style-src 'self': no inline styles or scripts but JSON-LD.
    assert "style=" not in page
    assert "<style" not in page
    assert not re.search(r"<script(?![^>]*application/ld\+json)", page)


# Home and lists


def test_home_shows_latest_grouped_by_section(client, world):
    world.add(6)
    response = client.get("/")
    assert_accessible_page(response)
    page = html(response)
    assert "Lo más reciente" in page
    assert "Presupuesto estatal 0" in page
    assert 'href="/seccion/portada/"' in page
    assert 'href="/seccion/salud/"' in page
    assert "9 de enero de 2024" in page


def test_home_without_articles(client, db):
    response = client.get("/")
    assert_accessible_page(response)
    assert "Todavía no hay notas publicadas." in html(response)


def test_article_list_paginates_in_spanish(client, world):
    world.add(25)
    response = client.get("/articulos/")
    assert_accessible_page(response)
    page = html(response)
    assert len(titles(response)) == 20
    assert "Página 1 de 2" in page
    assert "Página siguiente" in page
    assert "Página anterior" not in page

    next_href = re.search(r'rel="next" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    second = client.get("/articulos/" + next_href)
    assert second.status_code == 200
    assert titles(second) == [f"Presupuesto estatal {i}" for i in range(20, 25)]
    assert "Página 2 de 2" in html(second)
    assert 'rel="prev" href="/articulos/"' in html(second)
    # The same page asked for by number alone.
    assert titles(client.get("/articulos/?page=2")) == titles(second)


@pytest.mark.parametrize("page", ["0", "3", "abc", "-1"])
def test_pages_out_of_range_are_404(client, world, page):
    world.add(3)
    assert client.get(f"/articulos/?page={page}").status_code == 404


def test_a_tampered_cursor_falls_back_to_the_page_number(client, world):
    world.add(25)
    response = client.get("/articulos/?page=2&desde=not-a-cursor")
    assert titles(response) == [f"Presupuesto estatal {i}" for i in range(20, 25)]


def test_undated_articles_come_after_dated_ones(client, db):
    make_article(title="Nota sin fecha", published_at=None)
    make_article(title="Nota vieja", published_at=local_dt(2020, 5, 1, 9))
    make_article(title="Nota nueva", published_at=local_dt(2024, 3, 2, 9))
    response = client.get("/articulos/")
    assert titles(response) == ["Nota nueva", "Nota vieja", "Nota sin fecha"]
    page = html(response)
    assert "Sin fecha" in page
    assert "2 de marzo de 2024" in page
    assert "1 de mayo de 2020" in page


def test_lists_leave_out_drafts_and_scheduled_articles(client, world):
    world.add(2)
    make_article(title="Borrador secreto", status="draft")
    make_article(title="Nota programada", published_at=timezone.now() + datetime.timedelta(days=2))
    for url in ("/", "/articulos/", "/seccion/portada/", "/buscar/?q=secreto"):
        page = html(client.get(url))
        assert "Borrador secreto" not in page
        assert "Nota programada" not in page


# The article page


def test_article_page_shows_every_part(client, db):
    section = make_section(name="Gobierno", slug="gobierno")
    first = make_author(name="Ana Pérez", slug="ana-perez")
    second = make_author(name="Luis Gómez", slug="luis-gomez")
    institution = make_institution(name="Instituto Mexicano del Seguro Social", acronym="IMSS")
    official = make_official(name="Zoé Robledo")
    make_article(
        title="El IMSS-Bienestar asumirá los hospitales",
        slug="imss-bienestar",
        deck="La federalización avanza en Zacatecas.",
        highlights=["Diez hospitales cambian de manos", "Sin despidos"],
        body="El **IMSS-Bienestar** asumirá la operación.",
        section=section,
        authors=[second, first],
        tags=["salud", "Educación"],
        officials=[(official, "Director General", institution)],
        institutions=[institution],
        published_at=local_dt(2024, 1, 9, 22, 30),
        source="El Ciudadano",
        location="Zacatecas",
        lead_image_url="https://example.com/hospital.jpg",
        lead_image_credit="Archivo El Ciudadano",
        media_links=["https://example.com/fotos"],
    )
    response = client.get("/articulos/imss-bienestar/")
    assert_accessible_page(response)
    page = html(response)
    assert '<h1 class="article__title">El IMSS-Bienestar asumirá los hospitales</h1>' in page
    assert "La federalización avanza en Zacatecas." in page
    assert "<li>Diez hospitales cambian de manos</li><li>Sin despidos</li>" in page
    # Byline in order, linking to the author pages.
    assert page.index("Luis Gómez") < page.index("Ana Pérez")
    assert 'href="/autores/luis-gomez/"' in page
    assert "Fuente: El Ciudadano" in page
    # The local date, not the UTC one (22:30 in Mexico City is the 10th in UTC).
    assert "9 de enero de 2024" in page
    assert '<img src="https://example.com/hospital.jpg" alt="El IMSS-Bienestar asumirá' in page
    assert "Foto: Archivo El Ciudadano" in page
    assert "<strong>IMSS-Bienestar</strong>" in page
    assert 'href="https://example.com/fotos"' in page
    assert 'href="/temas/salud/"' in page
    assert 'href="/temas/educaci%C3%B3n/"' in page
    assert 'Zoé Robledo</a>, <span class="role">Director General</span>' in page
    assert 'href="/instituciones/instituto-mexicano-del-seguro-social/"' in page
    assert "application/ld+json" in page
    assert '"@type": "NewsArticle"' in page


def test_undated_article_says_sin_fecha(client, db):
    make_article(slug="archivo", published_at=None)
    assert "Sin fecha" in html(client.get("/articulos/archivo/"))


def test_official_role_comes_from_the_position_held_on_the_article_date(client, world):
    (article,) = world.add(1)  # 9 January 2024, Olivares mentioned without a role
    page = html(client.get(article.get_absolute_url()))
    assert 'Ricardo Olivares</a>, <span class="role">Secretario de Finanzas</span>' in page
    assert "Gobernador" in page  # the role the note gave

    old = make_article(
        slug="nota-de-2022", officials=[world.official], published_at=local_dt(2022, 5, 1, 9)
    )
    page = html(client.get(old.get_absolute_url()))
    assert "Subsecretario de Ingresos" in page


def test_rejected_officials_are_not_listed_on_the_article(client, db):
    rejected = make_official(name="Falso Positivo", status=EntityStatus.REJECTED)
    article = make_article(officials=[rejected])
    assert "Falso Positivo" not in html(client.get(article.get_absolute_url()))


def test_unsafe_image_and_media_urls_are_dropped(client, db):
    article = make_article(
        lead_image_url="javascript:alert(1)", media_links=["javascript:alert(2)", "ftp://x/y"]
    )
    page = html(client.get(article.get_absolute_url()))
    assert "javascript:" not in page
    assert "ftp://" not in page


# Drafts and scheduled articles


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"status": "draft"}, "Borrador"),
        ({"published_at": timezone.now() + datetime.timedelta(days=3)}, "Programada"),
    ],
)
def test_unpublished_articles_are_404_for_the_public_and_previewed_by_staff(
    client, admin_client, django_user_model, fields, label
):
    article = make_article(slug="oculta", **fields)
    assert client.get("/articulos/oculta/").status_code == 404

    # Logged-in non-staff users see a 404 too.
    django_user_model.objects.create_user("lector", password="x")
    client.login(username="lector", password="x")
    assert client.get("/articulos/oculta/").status_code == 404

    response = admin_client.get("/articulos/oculta/")
    assert response.status_code == 200
    assert f'role="status">\n  <strong>{label}</strong>' in html(response)
    assert response["Cache-Control"] == "private, no-cache, no-store"
    assert 'name="robots" content="noindex, nofollow"' in html(response)
    assert article.title in html(response)


def test_public_article_seen_by_staff_has_no_banner(admin_client, db):
    make_article(slug="publica")
    response = admin_client.get("/articulos/publica/")
    assert response.status_code == 200
    assert 'class="banner' not in html(response)
    assert "no-store" not in response.get("Cache-Control", "")


# Sections, tags, authors, search


def test_section_page(client, world):
    world.add(4)
    response = client.get("/seccion/portada/")
    assert_accessible_page(response)
    assert "<h1>Portada</h1>" in html(response)
    assert titles(response) == ["Presupuesto estatal 1", "Presupuesto estatal 3"]
    assert client.get("/seccion/no-existe/").status_code == 404


def test_cards_print_date_section_deck_and_byline_but_not_the_section_of_its_own_page(client, db):
    section = make_section(name="Economía")
    authors = [
        make_author(name="Ana <Ruiz>"),
        make_author(name="Luis Peña"),
        make_author(name="Eva"),
    ]
    make_article(
        title="Sube el precio del maíz",
        deck="Entrada & resumen",
        section=section,
        authors=authors,
        tags=["precios"],
    )
    card = html(client.get("/temas/precios/"))
    assert '<h2 class="card__title"><a href="/articulos/' in card
    assert (
        '<time datetime="' in card
        and f'<a href="{section.get_absolute_url()}">Economía</a>' in card
    )
    assert '<p class="card__deck">Entrada &amp; resumen</p>' in card
    assert re.search(r"Por <a href=\"/autores/[^\"]+/\">Ana &lt;Ruiz&gt;</a>, <a", card)
    assert '>Luis Peña</a> y <a href="' in card
    own = html(client.get(section.get_absolute_url()))
    assert "Sube el precio del maíz" in own
    assert f'<a href="{section.get_absolute_url()}">Economía</a></p>' not in own


def test_tag_page(client, world):
    world.add(6)
    response = client.get("/temas/tema-1/")
    assert_accessible_page(response)
    assert "tema 1" in html(response)
    assert titles(response) == ["Presupuesto estatal 1"]
    assert client.get("/temas/no-existe/").status_code == 404


def test_tag_with_accents_and_tag_only_on_drafts(client, db):
    make_article(title="Con acento", tags=["Educación"])
    make_article(title="Borrador", status="draft", tags=["solo borradores"])
    assert client.get(reverse("articles:tag", args=["educación"])).status_code == 200
    assert client.get("/temas/solo-borradores/").status_code == 404


def test_author_page(client, world):
    world.add(3)
    response = client.get("/autores/rafael-de-santiago/")
    assert_accessible_page(response)
    page = html(response)
    assert "<h1>Rafael de Santiago</h1>" in page
    assert "3 notas" in page
    assert len(titles(response)) == 3


def test_search_page(client, world):
    world.add(3)
    make_article(title="Lluvias en Fresnillo", body="Se esperan tormentas.")
    response = client.get("/buscar/?q=tormentas")
    assert_accessible_page(response)
    assert titles(response) == ["Lluvias en Fresnillo"]
    assert "Resultados para «tormentas»" in html(response)

    empty = client.get("/buscar/")
    assert_accessible_page(empty)
    assert titles(empty) == []

    none = client.get("/buscar/?q=granizo")
    assert "No encontramos notas con esas palabras." in html(none)


# Officials and institutions


def test_official_page(client, world):
    world.add(3)
    response = client.get("/funcionarios/ricardo-olivares/")
    assert_accessible_page(response)
    page = html(response)
    assert "<h1>Ricardo Olivares</h1>" in page
    assert "También aparece como: Olivares." in page
    current = page.index("Cargo actual")
    earlier = page.index("Cargos anteriores")
    # Both terms have ended and no recent article shows either: neither is current.
    assert "Sin cargo actual conocido." in page[current:earlier]
    assert earlier < page.index("Secretario de Finanzas", earlier)
    assert earlier < page.index("Subsecretario de Ingresos", earlier)
    assert "del 1 de enero de 2023 al 1 de junio de 2024" in page
    assert 'href="/instituciones/secretaria-de-finanzas/"' in page
    assert titles(response) == [
        "Presupuesto estatal 0",
        "Presupuesto estatal 1",
        "Presupuesto estatal 2",
    ]


def test_open_ended_position_is_current(client, db):
    official = make_official(name="Vero Díaz", slug="vero-diaz")
    make_position(official=official, role="Alcaldesa", start_date=datetime.date(2021, 9, 15))
    make_position(
        official=official,
        role="Diputada local",
        start_date=datetime.date(2018, 9, 1),
        end_date=datetime.date(2021, 8, 31),
    )
    page = html(client.get("/funcionarios/vero-diaz/"))
    current = page.index("Cargo actual")
    earlier = page.index("Cargos anteriores")
    assert current < page.index("Alcaldesa", current) < earlier
    assert "desde el 15 de septiembre de 2021" in page
    assert earlier < page.index("Diputada local", current)


def test_official_pages_leave_out_drafts(client, world):
    make_article(title="Borrador con Olivares", status="draft", officials=[world.official])
    page = html(client.get("/funcionarios/ricardo-olivares/"))
    assert "Borrador con Olivares" not in page
    assert "Todavía no aparece en notas publicadas." in page


def test_institution_page(client, world):
    world.add(2)
    response = client.get("/instituciones/secretaria-de-finanzas/")
    assert_accessible_page(response)
    page = html(response)
    assert "Secretaría de Finanzas" in page
    assert 'Forma parte de: <a href="/instituciones/gobierno-zacatecas/">' in page
    assert "<dt>Secretario de Finanzas</dt>" in page
    assert 'href="/funcionarios/ricardo-olivares/"' in page
    assert len(titles(response)) == 2

    parent = html(client.get("/instituciones/gobierno-zacatecas/"))
    assert "Dependencias" in parent
    assert 'href="/instituciones/secretaria-de-finanzas/"' in parent


def test_a_large_institution_shows_its_first_posts_and_links_to_all_its_officials(
    client, db, monkeypatch
):
    monkeypatch.setattr(InstitutionView, "POSTS_SHOWN", 3)
    congress = make_institution(name="Congreso del Estado", slug="congreso")
    for name in ("Ana Ávila", "Beto Bernal", "Carla Cruz", "Dora Díaz"):
        make_position(official=make_official(name=name), role="Diputada", institution=congress)
    page = html(client.get("/instituciones/congreso/"))
    shown = re.findall(r'<dd><a href="/funcionarios/[^"]+/">([^<]+)</a>', page)
    assert shown == ["Ana Ávila", "Beto Bernal", "Carla Cruz"]
    assert 'href="/funcionarios/?institucion=congreso"' in page
    everyone = html(client.get("/funcionarios/?institucion=congreso"))
    assert "Dora Díaz" in everyone
    monkeypatch.setattr(InstitutionView, "POSTS_SHOWN", 4)
    page = html(client.get("/instituciones/congreso/"))
    assert "Dora Díaz" in page and "?institucion=congreso" not in page


def test_discovered_entities_are_public_once_a_published_article_mentions_them(client, db):
    official = make_official(
        name="Nuevo Nombre", slug="nuevo-nombre", status=EntityStatus.DISCOVERED
    )
    institution = make_institution(
        name="Nueva Oficina", slug="nueva-oficina", status=EntityStatus.DISCOVERED
    )
    assert client.get("/funcionarios/nuevo-nombre/").status_code == 404
    make_article(officials=[official], institutions=[institution])
    assert client.get("/funcionarios/nuevo-nombre/").status_code == 200
    assert client.get("/instituciones/nueva-oficina/").status_code == 200


def test_rejected_entities_are_404(client, db):
    make_official(name="No Existe", slug="no-existe", status=EntityStatus.REJECTED)
    make_institution(name="Tampoco", slug="tampoco", status=EntityStatus.REJECTED)
    assert client.get("/funcionarios/no-existe/").status_code == 404
    assert client.get("/instituciones/tampoco/").status_code == 404


def test_merged_entities_redirect_permanently(client, db):
    target = make_official(name="Ricardo Olivares", slug="ricardo-olivares")
    middle = make_official(name="R. Olivares", slug="r-olivares", merged_into=target)
    make_official(name="Olivares R.", slug="olivares-r", merged_into=middle)
    response = client.get("/funcionarios/olivares-r/")
    assert response.status_code == 301
    assert response["Location"] == "/funcionarios/ricardo-olivares/"

    institution = make_institution(name="Secretaría de Salud", slug="secretaria-de-salud")
    make_institution(name="SSA", slug="ssa", merged_into=institution)
    response = client.get("/instituciones/ssa/")
    assert response.status_code == 301
    assert response["Location"] == "/instituciones/secretaria-de-salud/"


def test_custom_404_page_is_spanish(client, db, settings):
    settings.DEBUG = False
    response = client.get("/articulos/no-existe/")
    assert response.status_code == 404
    assert "Página no encontrada" in html(response)


def test_search_pagination_keeps_the_query(client, db):
    for i in range(23):
        make_article(title=f"Sequía {i}", published_at=local_dt(2024, 2, 1 + i, 9))
    make_article(title="Otra cosa")
    page = html(client.get("/buscar/?q=Sequ%C3%ADa"))
    assert "23 notas encontradas." in page
    href = re.search(r'rel="next" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert "q=Sequ%C3%ADa" in href
    second = client.get("/buscar/" + href)
    assert titles(second) == ["Sequía 2", "Sequía 1", "Sequía 0"]


def test_server_error_page_renders_without_context():
    from django.template import loader

    page = loader.get_template("500.html").render({})
    assert '<html lang="es">' in page
    assert "Algo salió mal" in page


@pytest.mark.parametrize("kind", ["author", "tag", "official", "institution"])
def test_an_entity_s_articles_page_through_newest_first_and_only_when_public(client, db, kind):
    """The list reads the byline's or mention's copy of its article's state: same
    order and pages as every other list, and nothing a reader may not see."""
    entity = {
        "author": lambda: make_author(name="Rosa Ibarra", slug="rosa-ibarra"),
        "tag": lambda: Tag.objects.create(name="Sequía", slug="sequia"),
        "official": lambda: make_official(name="Elena Quiroz", slug="elena-quiroz"),
        "institution": lambda: make_institution(name="Instituto del Agua", slug="agua"),
    }[kind]()
    url = f"/temas/{entity.slug}/" if kind == "tag" else entity.get_absolute_url()

    def article(title, **fields):
        linked = entity.name if kind == "tag" else entity
        return make_article(title=title, **{f"{kind}s": [linked]}, **fields)

    now = timezone.now()
    same_moment = now - datetime.timedelta(days=30)
    for day in range(21):
        article(f"Nota del día {day:02d}", published_at=now - datetime.timedelta(days=day + 1))
    tied = [article(f"Empate {n}", published_at=same_moment) for n in range(3)]
    article("Nota sin fecha", published_at=None)
    article("Borrador", status="draft")
    article("Programada", published_at=now + datetime.timedelta(days=1))
    unpublished = article("Retirada sin pasar por save")
    # Status changed behind the copies' back: the article's own status still decides.
    type(unpublished).objects.filter(pk=unpublished.pk).update(status="draft")

    first = client.get(url)
    expected = [f"Nota del día {day:02d}" for day in range(21)]
    expected += [a.title for a in sorted(tied, key=lambda a: a.pk, reverse=True)]
    expected.append("Nota sin fecha")
    assert titles(first) == expected[:20]
    next_link = re.search(r'href="\?(page=2[^"]*)"', html(first)).group(1).replace("&amp;", "&")
    second = client.get(f"{url}?{next_link}")
    assert titles(second) == expected[20:]
    # A typed address (no cursor) gives the same page.
    assert titles(client.get(f"{url}?page=2")) == expected[20:]
    shown = html(first) + html(second)
    for hidden in ("Borrador", "Programada", "Retirada sin pasar por save"):
        assert hidden not in shown


def test_the_article_names_an_officials_institution_once(client, db):
    hospital = make_institution(name="Hospital Infantil de Sonora", slug="hospital-infantil")
    social = make_institution(
        name="Instituto Mexicano del Seguro Social", slug="imss-nota", acronym="IMSS"
    )
    director = make_official(name="Lucía Ferrer Ochoa", slug="lucia-ferrer")
    delegate = make_official(name="Raúl Ortega Vidal", slug="raul-ortega")
    chief = make_official(name="Noé Salas Ríos", slug="noe-salas")
    article = make_article(
        officials=[
            (director, "directora del Hospital Infantil de Sonora", hospital),
            (delegate, "delegado del IMSS en Sonora", social),
            (chief, "jefe de Prestaciones Médicas", social),
        ]
    )
    page = html(client.get(article.get_absolute_url()))
    # The role as written already names the body: it is not repeated in parentheses.
    assert '<span class="role">directora del Hospital Infantil de Sonora</span></li>' in page
    assert '<span class="role">delegado del IMSS en Sonora</span></li>' in page
    # A role that does not name it is followed by it.
    assert (
        '<span class="role">jefe de Prestaciones Médicas</span> '
        '<span class="institution">(IMSS)</span>' in page
    )
