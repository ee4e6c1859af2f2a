"""Jekyll posts: a YAML front matter block between ``---`` lines, then Markdown.

Front-matter keys are read in any of their usual English or Spanish
spellings, with or without accents or capitals (``Title``, ``título``,
``autor``, ``fecha``, ``categoría``…). ``layout`` and unknown keys are ignored.

Sections and tags: ``category`` (or ``section``, or the first of ``categories``)
is the section; the other categories become tags, before the ``tags`` themselves.
A list or a comma-separated string is accepted for both. Placement
categories ("Portada", "Destacadas": ``cleaning.placement``) are placement
flags, never the section; so is a tag that is one. Front matter with no body is refused.
"""

import re
from datetime import date
from functools import lru_cache

from django.utils.translation import gettext as _

from articles.importing.cleaning import (
    DateProblem,
    build_article,
    clean_body,
    clean_tags,
    clean_title,
    collapse_whitespace,
    date_from_filename,
    is_safe_url,
    parse_date,
    split_bylines,
    strip_closing_hashes,
)
from articles.importing.cleaning.body import take_repeated_image
from articles.importing.cleaning.boilerplate import photo_credit
from articles.importing.cleaning.dates import date_in_path
from articles.importing.cleaning.names import (
    BY_START,
    is_desk_credit,
    is_desk_name,
    other_role_credit,
    strip_by,
)
from articles.importing.cleaning.outlets import outlet_like
from articles.importing.cleaning.placement import placement_tags, split_placement
from articles.importing.cleaning.press import is_issuer_line, is_kicker
from articles.importing.cleaning.publication import publication_problems
from articles.importing.cleaning.signatures import closing_credits, person_name
from articles.importing.records import ImportFailure, ParsedArticle
from people.naming import ascii_slug, fold

from .front_matter import OPEN, split_front_matter

_HEADING = re.compile(r"\A#{1,6}[ \t]++([^\n]*)")
_COMMA_LIST = re.compile("[,;]")
_MAX_LIST = 50
# Front matter settles the format: no other shape outweighs it.
FRONT_MATTER_EVIDENCE = 100

# Folded key spelling -> field.
_KEYS = {
    "title": "title",
    "titulo": "title",
    # Headless and Arc-style CMSs («headline:», «headlines: {basic: …}»).
    "headline": "title",
    "headlines": "title",
    "titular": "title",
    "author": "author",
    "authors": "author",
    "autor": "author",
    "autores": "author",
    "autora": "author",
    "byline": "author",
    # A podcast's show notes: who hosts the episode writes it («hosts: [A, B]»); a guest
    # («invitada:») does not.
    "hosts": "author",
    "host": "author",
    "conductores": "author",
    "anfitriones": "author",
    # A Ghost export's first author («primary_author: Ana Ruiz»): its «authors» list,
    # when there is one, names them all.
    "primary_author": "primary_author",
    "firma": "author",
    "by": "author",
    "escrito_por": "author",
    "reportero": "author",
    "reportera": "author",
    "por": "author",
    "redactor": "author",
    "redactora": "author",
    "periodista": "author",
    # A headless CMS's writer as a plain name beside its role («authorName:», camel case).
    "author_name": "author",
    "nombre_autor": "author",
    "nombre_del_autor": "author",
    # Joomla's byline as printed («created_by_alias»), over the account that posted it
    # («author: admin»): the name readers saw wins.
    "created_by_alias": "author_alias",
    # Drupal's fields («field_autor: Ana Ruiz»).
    "field_autor": "author",
    "field_author": "author",
    # The post's address: its date in the path when no key dates it («/2012/11/18/…»).
    "permalink": "permalink",
    "canonical_url": "permalink",  # «canonicalUrl:», the post's own address
    "canonical": "permalink",
    "date": "date",
    "fecha": "date",
    # «fecha_publicacion: 2019-08-15», «published_at:», «publish_date:»
    "fecha_publicacion": "date",
    "fecha_de_publicacion": "date",
    "fecha_pub": "date",
    "published_at": "date",
    "publish_date": "date",
    # Arc-style exports: the date shown to readers, then the first publication (never
    # «last_updated_date», nor a later «publish_date» when these come first).
    "display_date": "date",
    "first_publish_date": "date",
    # Joomla's publication stamp («publish_up»), beside its creation stamp («created»).
    "publish_up": "date",
    "pubdate": "date",
    # A migrated CMS's creation stamp («created: 1367601120», Drupal's Unix time): the
    # date when the post has no date key.
    "created": "created",
    "created_at": "created",
    "creado": "created",
    "category": "category",
    # An Arc-style taxonomy's main section («taxonomy: {primary_section: {name: …}}»).
    "primary_section": "category",
    # A Ghost export's first tag, the post's section there («primary_tag: Salud»).
    "primary_tag": "category",
    "primary_category": "category",
    "categoria": "category",
    # A section key of its own: the section when the category holds only flags.
    "section": "section",
    "seccion": "section",
    "secciones": "section",
    "sections": "section",
    "categories": "categories",
    "categorias": "categories",
    "tags": "tags",
    "tag": "tags",
    "etiquetas": "tags",
    "temas": "tags",
    "image": "image",
    "imagen": "image",
    "lead_image": "image",
    "foto": "image",
    "feature_image": "image",  # Ghost
    "hero_image": "image",  # headless themes («heroImage:», «coverImage:»)
    "cover_image": "image",
    # A theme's header mapping («header: {teaser: …, caption: "Foto: …"}»: Minimal Mistakes).
    "header": "header_image",
    # The lead image's credit as a key of its own («image_credit», «credito_foto»).
    "image_credit": "image_credit",
    "hero_image_credit": "image_credit",
    "cover_image_credit": "image_credit",
    "photo_credit": "image_credit",
    "credito_foto": "image_credit",
    "credito_de_foto": "image_credit",
    "credito_fotografico": "image_credit",
    "fotografo": "image_credit",
    "fotografa": "image_credit",
    # A caption key of its own («pie_de_foto: "… Foto: Ana Ruiz"»): the credit after «Foto:».
    "pie_de_foto": "image_caption",
    "pie_foto": "image_caption",
    "pie": "image_caption",
    "image_caption": "image_caption",
    "feature_image_caption": "image_caption",  # Ghost
    "caption": "image_caption",
    "leyenda_foto": "image_caption",
    "credito_imagen": "image_credit",
    "foto_credito": "image_credit",
    "slug": "slug",
    "location": "location",
    "ubicacion": "location",
    "lugar": "location",
    "published": "published",
    "publicado": "published",
    "draft": "draft",
    "borrador": "draft",
    "status": "status",
    "estado": "status",
    "state": "state",  # Joomla's publishing state (cleaning.publication)
    # Themes' ways of keeping a post from the public (cleaning.publication): a draft.
    "hidden": "hidden",
    "oculto": "hidden",
    "oculta": "hidden",
    "ocultar": "hidden",
    "escondido": "hidden",
    "unlisted": "hidden",
    "no_listado": "hidden",
    "private": "private",
    "privado": "private",
    "privada": "private",
    "visible": "visible",
    "public": "visible",
    "publico": "visible",
    "publica": "visible",
    "visibility": "visibility",
    "visibilidad": "visibility",
    "description": "deck",
    "excerpt": "deck",
    "deck": "deck",
    "resumen": "deck",
    "entradilla": "deck",
    "balazo": "deck",
    "source": "source",
    "fuente": "source",
    # The outlet or agency that published the post, as themes name it.
    "medio": "source",
    "marca": "source",
    "brand": "source",
    "cabecera": "source",
    "outlet": "source",
    "publication": "source",
    "publicacion": "source",
    "publisher": "source",
    "periodico": "source",
    "periodico_escolar": "source",
    "periodico_estudiantil": "source",
    "diario": "source",
    "agencia": "source",
    "agency": "source",
    "site_name": "source",
    "site": "source",
    "sitio": "source",
    "nombre_sitio": "source",
    "sitio_web": "source",
    "website": "source",
    "website_name": "source",
    "semanario": "source",
    # A station's own key on a radio's site («radio: Radio Sur 98.3 FM», «emisora: …»).
    "radio": "source",
    "radio_site": "source",
    "emisora": "source",
    "estacion": "source",
    "station": "source",
    # The organisation that runs a data or civic site («org: Datos del Noreste»).
    "org": "source",
    "organization": "source",
    "organisation": "source",
    "organizacion": "source",
    "revista": "source",
    "portal": "source",
    # A podcast's site: the show is the outlet («podcast: Ciudad de Noche»). A radio
    # site's «programa» is not: the station («publisher») is.
    "podcast": "source",
    # A newsletter's archive: the newsletter is the outlet («newsletter: El Pulso»).
    "newsletter": "source",
    # The government office a communiqué's record says issued it («dependencia: …»).
    "dependencia": "source",
    "emisor": "source",
    "highlights": "highlights",
    "sumarios": "highlights",
    # WordPress exports copy the database's column names into the front matter
    # («post_author», «wp_status», «site_title»); the login («author_login») and the
    # UTC date («post_date_gmt») are not these fields.
    "post_title": "title",
    "post_author": "author",
    "post_date": "date",
    "post_status": "status",
    "wp_status": "status",
    "post_excerpt": "deck",
    "site_title": "source",
    "blog_title": "source",
    "blogname": "source",
    "blog_name": "source",
    "blog": "source",  # a blog platform's export: the blog's name
}


def _text(value: object) -> str | None:
    """A scalar as text; None for lists, mappings, booleans and nulls."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | date) and not isinstance(value, bool):
        return str(value)
    return None


def _texts(value: object) -> list[str]:
    """A list of scalars, or a comma-separated string, as a list of text."""
    if isinstance(value, list):
        return [t for v in value[:_MAX_LIST] if (t := _text(v)) is not None]
    text = _text(value)
    return _COMMA_LIST.split(text) if text else []


_PERSON_KEYS = ("name", "nombre", "display_name")
# The text of a field a headless CMS writes as a mapping («headlines: {basic: …}»,
# «category: {name: …, slug: …}»): its name, or the value Arc-style exports call «basic».
_MAIN_KEYS = (*_PERSON_KEYS, "basic", "text", "texto", "value")


# A multilingual site's field written as a map of language tags («title: {es: …, en: …}»,
# also «es-MX», «es_MX», «spa»): the Spanish text, else the first language's. A tag is a
# two- or three-letter ISO code with an optional region; every key must be one, and one
# of them a row here, so an ordinary mapping («{by: …}») is never read as a translation.
SPANISH_TAGS = frozenset({"es", "spa", "esp"})
LANGUAGE_CODES = frozenset(
    ["es", "spa", "esp", "en", "eng", "fr", "fra", "pt", "por", "de", "deu", "it", "ita",
     "zap", "mix", "tzo", "tzh", "nah", "nhe", "yua", "maz", "chol", "ctu", "toj", "mam"]
)  # fmt: skip
_LANGUAGE_TAG = re.compile(r"(?i)([a-z]{2,4})(?:[-_][a-z0-9]{2,4})?")


def _translated(value: dict) -> object:
    """A map of language tags' Spanish value (else the first one's); None for any other map."""
    tags = []
    for key in value:
        match = _LANGUAGE_TAG.fullmatch(key) if isinstance(key, str) else None
        if not match:
            return None
        tags.append((match.group(1).lower(), key))
    if not any(code in LANGUAGE_CODES for code, _ in tags):
        return None
    spanish = [key for code, key in tags if code in SPANISH_TAGS and _text(value[key])]
    first = [key for _, key in tags if _text(value[key])]
    chosen = (spanish or first)[:1]
    return value[chosen[0]] if chosen else None


def _main(value: object) -> object:
    """A mapping's main text (``_MAIN_KEYS``, or a map of languages' Spanish one), each of
    a list's; any other value as it is."""
    if isinstance(value, list):
        return [_main(v) for v in value[:_MAX_LIST]]
    if isinstance(value, dict):
        main = next((value[k] for k in _MAIN_KEYS if _text(value.get(k))), None)
        return main if main is not None else _translated(value)
    return value


# An author's role that credits the pictures, not the text («authors: [{name: …, role:
# fotografía}]», as headless CMSs export a story's credits), folded: a row per word.
PICTURE_ROLES = frozenset(
    ["fotografia", "fotografias", "foto", "fotos", "fotografo", "fotografa", "photo", "photos",
     "photography", "photographer", "video", "videos", "camara", "ilustracion", "illustration",
     "infografia", "graficos"]
)  # fmt: skip
_ROLE_KEYS = ("role", "rol", "tipo", "type", "credito", "credit")


def _writes(value: object) -> bool:
    """An author's mapping that credits the text: no picture role."""
    if not isinstance(value, dict):
        return True
    roles = (fold(_text(value.get(key)) or "").strip() for key in _ROLE_KEYS)
    return not any(role in PICTURE_ROLES for role in roles)


def _author_names(value: object) -> list[str]:
    """Authors as a string, a list, or mappings as themes write them
    («author: {name: Ana Ruiz, email: …}», a list of those; a photographer listed with
    the writers by role is no author)."""
    if isinstance(value, list):
        return _texts([_person(v) for v in value[:_MAX_LIST] if _writes(v)])
    return [_text(_person(value)) or ""]


_AUTHOR_PARTS = re.compile(r"\s+[|·•]\s+")


def _people(author: str) -> list[str]:
    """An author value without the outlet written beside the name («Valeria Ibarra
    Muñiz | El Andador», «Ana Ruiz · Diario del Sur»): the other parts."""
    parts = _AUTHOR_PARTS.split(author)
    if len(parts) == 1:
        return parts
    # «Texto: Ana Ruiz | Fotos: Luis Pérez»: the photographer's part credits no text.
    return [part for part in parts if not outlet_like(part) and not other_role_credit(part)]


def _own_desk(author: str, source: str, site: str = "") -> bool:
    """«Redacción Durango al Día» on a post of Durango al Día («Redacción Mirador» on
    one of El Mirador de Colima): the outlet's own desk, a collective credit that names
    no one; so is a bare «Redacción» on a post that names its outlet (that outlet's
    desk, not this newsroom's). A desk credit of another outlet stays a byline, and so
    does a bare «Redacción» on a post with no outlet (the newsroom's own desk)."""
    author = strip_by(author)  # «Por la Redacción»
    words = fold(author).replace(".", " ").split()
    if not words or not is_desk_credit(author):
        return False
    # The longest spelling of the desk: «Redacción Web» is the desk, «Web» no outlet's word.
    desk = max(
        (i for i in range(1, len(words) + 1) if is_desk_name(" ".join(words[:i]))), default=0
    )
    named = [w for w in words[desk:] if w not in _DESK_PARTICLES]
    if not source:
        # «display_name: Redacción El Mayo Hoy» beside «email: redaccion@elmayohoy.…»: the
        # CMS account of the site's own desk, its domain spelling the outlet's name.
        spelt = _squeezed("".join(words[desk:]))
        return bool(named and site) and spelt == _squeezed(site)
    outlet = set(fold(source).replace(".", " ").split())
    return all(w in outlet for w in named)


_DOUBLED = re.compile(r"(\w)\1+")


def _squeezed(text: str) -> str:
    """Letters only, a doubled letter once («regionnorte» and «regionorte» alike)."""
    return _DOUBLED.sub(r"\1", re.sub(r"[\W_\d]+", "", fold(text)))


def _account_site(author: object) -> str:
    """The first label of the domain of a CMS account's e-mail («author: {login: …, email:
    redaccion@elmayohoy.example.mx, display_name: …}» -> «elmayohoy»), or ""."""
    email = _text(author.get("email")) if isinstance(author, dict) else None
    domain = (email or "").rpartition("@")[2]
    return domain.split(".")[0] if "." in domain else ""


_CREDIT_OUTLET = re.compile(r"\s/\s*(?P<outlet>[^/\n]{2,60})$")


def _credit_outlet(credit: str) -> str:
    """The outlet a photo credit names after the photographer («Ana Ruiz / El Sol»)."""
    match = _CREDIT_OUTLET.search(credit or "")
    return match.group("outlet").strip() if match else ""


_DESK_PARTICLES = frozenset({"de", "del", "la", "el", "los", "las", "y"})


def _office(author: str) -> bool:
    """An office or a press unit given as the author («Dirección de Comunicación Social»,
    «H. Ayuntamiento de Cajeme»), not a person."""
    return is_kicker(author) or is_issuer_line(author)


def _person(value: object) -> object:
    """The name in an author's mapping; any other value as it is."""
    if isinstance(value, dict):
        return next((value[k] for k in _PERSON_KEYS if _text(value.get(k))), None)
    return value


def _without_repeated_title(body: str, title: str) -> str:
    """The body without a heading opening it that repeats the front matter's title (or,
    called again, its deck: a blog platform's export sets both over the text)."""
    heading = _HEADING.match(body.lstrip())
    if heading and fold(clean_title(strip_closing_hashes(heading.group(1)))) == fold(title):
        return body.lstrip()[heading.end() :]
    return body


_TYPO_MIN = 4  # a key this long or longer may carry a typing slip («tgas»)
_EDIT_MIN = 6  # and one this long a letter too many or too few («categores»)


def _slip_of(key: str, known: str) -> bool:
    """``key`` is ``known`` with one typing slip: two letters swapped («auhtor»,
    «categoires», «tgas»), or, in a long key, one letter dropped, added or changed."""
    if key == known or min(len(key), len(known)) < _TYPO_MIN:
        return False
    if len(key) == len(known):
        diffs = [i for i, (a, b) in enumerate(zip(key, known, strict=True)) if a != b]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            return key[diffs[0]] == known[diffs[1]] and key[diffs[1]] == known[diffs[0]]
        return len(diffs) == 1 and len(key) >= _EDIT_MIN
    if abs(len(key) - len(known)) != 1 or min(len(key), len(known)) < _EDIT_MIN:
        return False
    short, long_ = sorted((key, known), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@lru_cache(maxsize=1024)  # the same few keys in every post of an archive
def _mistyped(key: str) -> str:
    """The field of the one known key ``key`` is a slip of, or ""."""
    found = {name for known, name in _KEYS.items() if _slip_of(key, known)}
    return found.pop() if len(found) == 1 else ""


# A CMS's prefix before its own fields' names (Drupal's «field_autor», «field_seccion»).
_FIELD_PREFIX = re.compile(r"^field_(?=[a-z])")


# A camel-case key's word breaks («publishedAt», «displayDate»).
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_INDEX = re.compile(r"\d{1,3}")
_DOTTED_DEPTH = 6


def unflatten(data: dict) -> dict:
    """Quoted dotted keys, as a flattened export writes a nested record
    («"headlines.basic": …», «"credits.by.0.name": …»), as the nested mappings and
    lists they stand for; other keys as they are (a key already there wins)."""
    if not any(isinstance(k, str) and "." in k.strip(".") for k in data):
        return data
    nested: dict = {}
    for key, value in data.items():
        parts = key.split(".") if isinstance(key, str) else [key]
        if len(parts) > _DOTTED_DEPTH or not all(parts):
            parts = [key]
        node = nested
        for part in parts[:-1]:
            node = node.setdefault(part, {})
            if not isinstance(node, dict):
                break
        else:
            node.setdefault(parts[-1], value)
    return _as_lists(nested)


def _as_lists(value: object) -> object:
    """Mappings keyed by indices («{"0": …, "1": …}») as lists, in their order."""
    if not isinstance(value, dict):
        return value
    value = {k: _as_lists(v) for k, v in value.items()}
    if value and all(isinstance(k, str) and _INDEX.fullmatch(k) for k in value):
        return [value[k] for k in sorted(value, key=int)]
    return value


def _key_spellings(key: str) -> tuple[str, ...]:
    """A key folded as written, and with a camel case's breaks as underscores."""
    key = key.strip()
    folded = fold(key).replace(" ", "_")
    snake = fold(_CAMEL.sub("_", key)).replace(" ", "_")
    return (folded, snake) if snake != folded else (folded,)


def read_fields(data: dict, *, nested: bool = True) -> dict:
    """Front-matter keys in any known spelling -> field names. The first
    spelling found wins; keys that are not text are ignored. A key with a typing
    slip («auhtor», «categoires») gives its field when no key spelt right does.
    A publication stamp's key (``PUBLICATION_STAMPS``) is also kept as «stamp»: a
    headless CMS leaves it empty on a draft («publishedAt: null»)."""
    fields: dict = {}
    slips: dict = {}
    if nested:
        data = unflatten(data)
    for key, value in data.items():
        if isinstance(key, str):
            spellings = _key_spellings(key)
            folded = spellings[0]
            name = next(
                (
                    found
                    for spelling in spellings
                    if (found := _KEYS.get(spelling) or _KEYS.get(_FIELD_PREFIX.sub("", spelling)))
                ),
                None,
            )
            if "stamp" not in fields and any(s in PUBLICATION_STAMPS for s in spellings):
                fields["stamp"] = value
            if name and name not in fields:
                fields[name] = value
            elif not name and (slip := _mistyped(folded)) and slip not in slips:
                slips[slip] = value
    inner: dict = {}
    for key in NESTED_FIELD_KEYS if nested else ():
        if isinstance(value := data.get(key), dict):
            # Hugo's «params:», Zola's «extra:»: the theme's own keys, one level down,
            # for the fields the top level does not give.
            inner = {**read_fields(value, nested=False), **inner}
    return {**inner, **slips, **fields}


# Keys under which a theme nests the post's own fields (Hugo «params», Zola «extra»), and
# an Arc-style export its credits («credits: {by: [{name: …}]}») and its sections
# («taxonomy: {primary_section: {name: …}}»).
NESTED_FIELD_KEYS = ("params", "extra", "parametros", "credits", "taxonomy")

# Folded keys of a CMS's publication stamp, empty until the post is published.
PUBLICATION_STAMPS = frozenset({"published_at", "first_published_at"})


class JekyllReader:
    name = "jekyll"

    def score(self, text: str) -> int:
        return FRONT_MATTER_EVIDENCE if OPEN.match(text) else 0

    def sniff(self, text: str) -> bool:
        return self.score(text) > 0

    def parse(self, text: str, *, source_path: str) -> ParsedArticle:
        data, body = split_front_matter(text)
        fields = read_fields(data)
        warnings: list[str] = []

        title = clean_title(_text(_main(fields.get("title"))) or "")
        if not title:
            heading = _HEADING.match(body.lstrip())
            if heading:
                title = clean_title(strip_closing_hashes(heading.group(1)))
                body = body.lstrip()[heading.end() :]

        else:
            body = _without_repeated_title(body, title)

        if not body.strip() and isinstance(data.get("body"), str):
            body = data["body"]  # Decap CMS keeps the text in the front matter («body: |-»)
        if not body.strip():
            raise ImportFailure(_("el archivo solo tiene front matter, sin cuerpo de nota"))
        if deck := clean_title(_text(_main(fields.get("deck"))) or ""):
            body = _without_repeated_title(body, deck)  # «#### deck» under «### title»
        credit, body = opening_byline(body)
        image_url, image_credit = image_fields(fields.get("image"))
        if not image_credit and isinstance(header := fields.get("header_image"), dict):
            header_url, image_credit = image_fields(header)
            image_url = image_url or header_url
        body, repeated = take_repeated_image(body, collapse_whitespace(image_url))
        cleaned = clean_body(body)
        body_text = cleaned.text
        lead_image = cleaned.lead_image_url
        if not image_credit and (own := _text(fields.get("image_credit"))):
            image_credit = collapse_whitespace(photo_credit(own) or own)
        if not image_credit and (caption := _text(fields.get("image_caption"))):
            image_credit = collapse_whitespace(caption_credit(caption))
        if not image_credit:
            image_credit = nested_credit(data)  # «hero: {credit: "Foto: Especial"}»
        image = collapse_whitespace(image_url)
        if image and is_safe_url(image):
            if lead_image and lead_image != image:
                # The front matter names the lead image: the body's opening
                # image is then an ordinary picture and goes back in.
                body_text = f"![{cleaned.lead_image_alt}]({lead_image})\n\n{body_text}".strip()
            lead_image = image
        elif image:
            warnings.append(
                _("imagen principal descartada: dirección no válida «%(value)s»")
                % {"value": image[:80]}
            )

        draft, publication_warnings = publication_problems(fields)
        warnings.extend(publication_warnings)
        published_at = None
        if "date" not in fields and "created" in fields:
            fields["date"] = fields["created"]
        try:
            published_at = parse_date(fields.get("date"))
            if published_at is None:
                published_at = date_from_filename(source_path)
            if published_at is None and not (_text(fields.get("date")) or "").strip():
                # No date key, or one left empty («publishDate: ""»): the address's path.
                published_at = date_in_path(_text(fields.get("permalink")) or "")
        except DateProblem as problem:
            if "date" in fields:
                # A date that is there but cannot be read: an editor dates it.
                draft = True
                warnings.append(_("%(problem)s y como borrador") % {"problem": problem.warning})
            else:
                warnings.append(problem.warning)

        # «categoria: Destacadas» over «seccion: Cultura»: the category key, then the
        # section key, then the list of categories (the flags go below, wherever they are).
        categories = [
            c
            for key in ("category", "section", "categories")
            # «section: {name: Huasteca, slug: huasteca}»: a headless CMS's reference
            for c in map(collapse_whitespace, _texts(_main(fields.get(key))))
            if c
        ]
        placement, categories = split_placement(categories)
        # A tag that is a placement flag («tags: [Destacadas, Salud]») is a flag too.
        tag_flags, tags = placement_tags(_texts(fields.get("tags")))
        placement = tuple(dict.fromkeys((*placement, *tag_flags)))
        section = categories[0] if categories else ""
        extra = [c for c in categories[1:] if fold(c) != fold(section)]

        author = fields.get("author_alias") if _text(fields.get("author_alias")) else None
        author = author or fields.get("author") or fields.get("primary_author")
        authors = [name for raw in _author_names(author) for name in _people(raw)]
        if credit and all(not name or is_desk_credit(name) for name in authors):
            # «Por: Ana Ruiz» opening a post with no author key, or one that only names a
            # desk («author: Staff»): a desk's credit names no one, the body's line does.
            authors = [credit]
        source = _outlet(fields.get("source")) or cleaned.source
        # «autor: Dirección de Comunicación Social»: an office signs, no one is named.
        # «Redacción El Sol» on a post whose photo is credited «Ana Ruiz / El Sol»: the
        # outlet's own desk even where no field names the outlet.
        own = source or _credit_outlet(image_credit or cleaned.lead_image_credit)
        site = _account_site(author)
        authors = [name for name in authors if not _own_desk(name, own, site) and not _office(name)]
        removed = (repeated, *cleaned.removed) if repeated else cleaned.removed
        head, _gap, last = body_text.rpartition("\n\n")
        if not any(authors) and head and (credits := closing_credits(last)):
            # «*Por Ana Ruiz, corresponsal en Reynosa*» closing a post whose front matter
            # names no one: the writer's credit, not the post's text.
            authors, body_text, removed = list(credits[0]), head.rstrip(), (*removed, last)
            image_credit = image_credit or credits[1]
        slug = collapse_whitespace(_text(fields.get("slug")) or "")
        highlights = tuple(h for h in map(clean_title, _texts_list(fields.get("highlights"))) if h)
        return build_article(
            format=self.name,
            title=title,
            body=body_text,
            deck=deck,
            highlights=highlights or cleaned.highlights,
            bylines=split_bylines(authors),
            source=source,
            published_at=published_at,
            section=section,
            location=collapse_whitespace(_text(fields.get("location")) or ""),
            tags=clean_tags(extra + tags),
            lead_image_url=lead_image,
            lead_image_credit=image_credit or cleaned.lead_image_credit,
            draft=draft,
            slug=ascii_slug(slug) if slug else "",
            placement=placement,
            removed=removed,
            warnings=(*cleaned.warnings, *warnings),
        )


_OPENING_BYLINE_MAX = 120


def opening_byline(body: str) -> tuple[str, str]:
    """A byline line opening the post's body («Por: Ana Ruiz», «Por Ana Ruiz y Luis
    Pérez»), as themes without an author key print it: (the credit, the body
    without it); ("", body) when the first line is no byline of people."""
    stripped = body.lstrip()
    line, _newline, rest = stripped.partition("\n")
    line = line.strip()
    if len(line) > _OPENING_BYLINE_MAX or not BY_START.match(line) or rest[:1].strip():
        return "", body  # a paragraph of text, not a line alone
    names = split_bylines([line])
    if not names or not all(b.kind == "person" and person_name(b.name) for b in names):
        return "", body
    # Capitalised as written: the byline reader title-cases what it keeps, so a
    # sentence («Por obras hasta el lunes.») would pass as «Obras Hasta El Lunes».
    written = line[BY_START.match(line).end() :].strip(" :.*_")
    if not all(person_name(part) for part in _CREDIT_SEPARATORS.split(written)):
        return "", body
    return line, rest


# Between the names of a credit line as written («Ana Ruiz, Luis Pérez y Eva Sol»).
_CREDIT_SEPARATORS = re.compile(r"\s*,\s*|\s+(?:y|e)\s+")


# An image written as a mapping, as many themes do («image: {path: /img/x.jpg, caption:
# "Foto: Archivo"}»): the keys of its address, of its credit, and of a caption that may
# carry the credit after «Foto:» (folded keys, a row per spelling).
IMAGE_URL_KEYS = (
    "path", "url", "src", "file", "feature", "ruta", "archivo", "image", "teaser", "overlay_image"
)  # fmt: skip
IMAGE_CREDIT_KEYS = ("credit", "credito", "creditos", "photographer", "fotografo", "fotografa")
IMAGE_CAPTION_KEYS = ("caption", "pie", "pie_de_foto", "leyenda")


def image_fields(value: object) -> tuple[str, str]:
    """(address, credit) of the front matter's image: a plain address, or a
    mapping of its address and its credit (or a caption «Foto: …» holding it)."""
    if not isinstance(value, dict):
        return _text(value) or "", ""
    keys = {fold(str(k)).replace(" ", "_"): v for k, v in value.items()}
    url = next((t for k in IMAGE_URL_KEYS if (t := _text(keys.get(k)))), "")
    credit = next((t for k in IMAGE_CREDIT_KEYS if (t := _text(keys.get(k)))), "")
    if not credit:
        captions = (_text(keys.get(k)) or "" for k in IMAGE_CAPTION_KEYS)
        credit = next((c for caption in captions if (c := caption_credit(caption))), "")
    return url, collapse_whitespace(credit)


_NESTED_DEPTH = 3  # mappings inside mappings where a theme may keep its image


def nested_credit(data: object, depth: int = 0) -> str:
    """The credit of an image a theme keeps in a mapping of its own, under any key and
    at any depth («hero: {credit: …}», «params: {featured_image: {caption: …}}»): the
    first mapping holding a credit key, or a caption with «Foto: …» in it; or ""."""
    if not isinstance(data, dict) or depth > _NESTED_DEPTH:
        return ""
    if depth:
        _url, credit = image_fields(data)
        if credit:
            return photo_credit(credit) or credit
    for value in data.values():
        if credit := nested_credit(value, depth + 1):
            return credit
    return ""


# Where a caption's credit may start after its description: a sentence's end, a bar or
# a dash between them, or a bracket («Vecinos en la plaza. Foto: Ana Ruiz», «… (Foto: X)»).
_CAPTION_BREAK = re.compile(r"(?<=[.!?])\s+|\s+[|·—–/]\s+|\s+(?=[(\[])")


def caption_credit(caption: str) -> str:
    """The credit a caption carries, whole («Foto: Archivo») or after its description
    («Integrantes del comité en la presa. Foto: Ana Ruiz» -> «Ana Ruiz»), or ""."""
    if credit := photo_credit(caption):
        return credit
    for found in _CAPTION_BREAK.finditer(caption):
        if credit := photo_credit(caption[found.end() :]):
            return credit
    return ""


# An address is no outlet's name («site: https://elsol.example», «sitio: elsol.example»).
_ADDRESS = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.)|^[\w-]+(?:\.[\w-]+)+(?:/\S*)?$", re.I)


def _outlet(value: object) -> str:
    """The outlet a site key names, or "" when it holds an address."""
    if isinstance(value, dict):  # «site: {name: Línea Regia, url: …}»
        keys = {fold(str(k)): v for k, v in value.items()}
        value = next((keys[k] for k in _OUTLET_NAME_KEYS if _text(keys.get(k))), None)
    name = collapse_whitespace(_text(value) or "")
    return "" if _ADDRESS.match(name) else name


_OUTLET_NAME_KEYS = ("name", "nombre", "title", "titulo")


def _texts_list(value: object) -> list[str]:
    """Highlights: a list of sentences (commas inside them are kept)."""
    if isinstance(value, list):
        return _texts(value)
    text = _text(value)
    return [text] if text else []
