"""Lead images on public pages: the picture tag, listings, the article page, query counts."""

import re

import pytest
from django.template import Context, Template

from articles.models import Article
from tests.factories import make_article, make_section
from tests.media.factories import make_image
from tests.site.conftest import count_queries

pytestmark = pytest.mark.django_db

IMG_WITH_SRCSET = re.compile(
    r'<img src="[^"]+" srcset="[^"]+ 400w, [^"]+" sizes="[^"]+" width="\d+" height="\d+"'
)


def render(article, **options) -> str:
    args = " ".join(f'{key}="{value}"' for key, value in options.items())
    return Template("{% load pictures %}{% picture article " + args + " %}").render(
        Context({"article": article})
    )


def test_a_library_image_prints_webp_and_jpeg_renditions_with_its_size():
    image = make_image(size=(1800, 1200), alt_text="Cabildo de Zacatecas al amanecer")
    article = make_article(lead_image=image)

    html = render(article, sizes="(min-width: 48rem) 22rem, 100vw")

    webp = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)">', html)
    assert webp, html
    assert [w for w in re.findall(r" (\d+)w", webp.group(1))] == ["400", "800", "1200", "1600"]
    assert all(url.endswith(".webp") for url in re.findall(r"(\S+) \d+w", webp.group(1)))
    assert webp.group(2) == "(min-width: 48rem) 22rem, 100vw"
    img = re.search(r"<img [^>]+>", html).group(0)
    assert 'src="/media/renditions/' in img and '-800.jpeg"' in img
    assert 'width="800" height="533"' in img
    assert 'alt="Cabildo de Zacatecas al amanecer"' in img
    assert 'loading="lazy"' in img and "fetchpriority" not in img
    assert ".jpeg 1600w" in img


def test_the_first_image_of_a_page_loads_eagerly_with_high_priority():
    article = make_article(lead_image=make_image())
    html = render(article, loading="eager")
    assert 'loading="eager" fetchpriority="high"' in html


def test_an_image_without_alt_text_falls_back_to_the_title():
    article = make_article(title="Inauguran la ciclovía", lead_image=make_image(alt_text=""))
    assert 'alt="Inauguran la ciclovía"' in render(article)


def test_an_external_url_is_shown_as_it_is_without_a_made_up_size():
    article = make_article(
        title="Nota importada", lead_image_url="https://fotos.example.mx/a.jpg?w=1&h=2"
    )
    html = render(article)
    assert html.startswith('<img src="https://fotos.example.mx/a.jpg?w=1&amp;h=2"')
    assert 'alt="Nota importada"' in html and 'loading="lazy"' in html
    assert "width=" not in html and "srcset" not in html


def test_a_dangerous_external_url_prints_nothing():
    assert render(make_article(lead_image_url="javascript:alert(1)")) == ""


def test_the_library_image_wins_over_the_external_url():
    article = make_article(lead_image_url="https://fotos.example.mx/a.jpg", lead_image=make_image())
    html = render(article)
    assert "fotos.example.mx" not in html and "<picture>" in html


@pytest.fixture
def illustrated(db):
    section = make_section(name="Cultura", slug="cultura")
    with_image = make_article(
        title="Festival en Zacatecas",
        slug="festival-en-zacatecas",
        section=section,
        tags=["festival"],
        lead_image=make_image(alt_text="Danzantes en la Plaza de Armas"),
    )
    external = make_article(
        title="Nota importada con foto",
        slug="nota-importada-con-foto",
        section=section,
        lead_image_url="https://fotos.example.mx/importada.jpg",
    )
    return with_image, external


@pytest.mark.parametrize("url", ["/", "/articulos/", "/seccion/cultura/", "/temas/festival/"])
def test_listings_show_lead_images_with_srcset_width_and_height(client, illustrated, url):
    html = client.get(url).content.decode()
    assert IMG_WITH_SRCSET.search(html), url
    assert 'alt="Danzantes en la Plaza de Armas"' in html


def test_listings_show_external_images_as_they_are(client, illustrated):
    html = client.get("/articulos/").content.decode()
    assert '<img src="https://fotos.example.mx/importada.jpg"' in html


def test_the_article_page_shows_its_lead_image_eagerly_with_srcset(client, illustrated):
    html = client.get("/articulos/festival-en-zacatecas/").content.decode()
    figure = re.search(r'<figure class="lead-image">.*?</figure>', html, re.S).group(0)
    assert IMG_WITH_SRCSET.search(figure)
    assert 'fetchpriority="high"' in figure


def test_the_article_page_shows_caption_and_credit(client):
    image = make_image(caption="Vista del acueducto.", credit="Ana Ruiz")
    make_article(slug="acueducto", lead_image=image)
    html = client.get("/articulos/acueducto/").content.decode()
    assert "<figcaption>Vista del acueducto. · Foto: Ana Ruiz</figcaption>" in html


@pytest.mark.parametrize(
    "url", ["/", "/articulos/", "/seccion/cultura/", "/articulos/festival-en-zacatecas/"]
)
def test_pages_with_lead_images_run_a_constant_number_of_queries(client, illustrated, url):
    few = count_queries(client, url)
    section = illustrated[0].section
    for n in range(6):
        make_article(title=f"Otra nota ilustrada {n}", section=section, lead_image=make_image())
    assert count_queries(client, url) == few


def test_listing_cards_prefetch_renditions_in_one_query(django_assert_num_queries):
    for _n in range(4):
        make_article(lead_image=make_image())
    with django_assert_num_queries(3):  # articles + lead images, bylines, renditions
        articles = list(Article.objects.published().for_cards())
        for article in articles:
            render(article)
