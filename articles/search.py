"""The article search engine: one function for the site, the API and the admin.

    articles = search_articles("zoe robledo", queryset=Article.objects.published())

Queries use the web search syntax on both backends: words (all must
match), "a phrase", ``or`` between alternatives, ``-word`` to exclude.
Text and queries are folded by ``search_fold()`` (accents off, ñ kept: see
articles/search_index.py), so "informacion" finds "información" and "año"
never finds "ano".

- PostgreSQL: ``websearch_to_tsquery('spanish', folded query)`` against the
  stored ``search_vector`` (GIN), Spanish stemming, so "asegurado" finds
  "asegurados". Snippets come from ``ts_headline``.
- SQLite: the FTS5 table, which holds Snowball Spanish stems; every query
  word is stemmed the same way (``stem()``), so results agree with
  PostgreSQL's. Snippets are cut in Python on word boundaries, the words
  found by their stems.

Ranking is the same on both (see ``search_articles``): the newest
``SEARCH_CANDIDATES`` matches, those with the whole query in the title
first, then in title or deck, then the rest; newest first within each.
A search never ranks or counts every match.

Snippets separate the deck from the body with " … " and never leave a space
before punctuation.

Ties are broken newest first, then by id, so pages are stable.
"""

from __future__ import annotations

import datetime
import html
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields
from math import ceil

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchVectorField
from django.db import connections
from django.db.models import (
    Case,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat
from django.http import Http404, QueryDict
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from articles.models import Article, ArticleAuthor, InstitutionMention, OfficialMention
from articles.pagination import (
    ARTICLE_ORDER,
    COUNT_CAP,
    PAGE_PARAM,
    Page,
    capped_count,
    page_number,
)
from articles.search_index import (
    FTS_TABLE,
    HEADLINE_CONFIG,
    SEARCH_CONFIG,
    plain_text,
    search_fold,
    stem,
)
from newsroom.expressions import Unindexed
from people.models import Institution, InstitutionAlias, Official, OfficialAlias
from people.naming import normalize_alias

QUERY_MAX_LENGTH = 200
ENTITY_QUERY_MIN_LENGTH = 3
ENTITY_LIMIT = 5

# ts_headline reads the original text through es_unaccent (spanish +
# unaccent), which would turn ñ into n. Before it reads, ñ becomes yogh (ȝ,
# a letter unaccent leaves alone) in the text and in the query; the snippet
# gets its ñ back in Python. Marks are private-use characters, so nothing in
# the article can be taken for one.
_PLACEHOLDER = str.maketrans("ñÑ", "ȝȜ")
_RESTORE = str.maketrans("ȝȜ", "ñÑ")
_START, _STOP = "\ue000", "\ue001"
_MARKED = re.compile(f"{_START}([^{_START}{_STOP}]*){_STOP}")
_FIELD = "\ue002"  # between the deck and the body in a snippet's source
FIELD_SEPARATOR = " … "
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]»”])")
_SPACE_AFTER = re.compile(r"([(\[«“¿¡])\s+")


def clean_query(raw: str | None) -> str:
    """The query as typed, white space collapsed and cut to a sane length."""
    return " ".join((raw or "").split())[:QUERY_MAX_LENGTH]


# Parsing the web search syntax (SQLite and Python snippets; PostgreSQL parses its own).

_TOKEN = re.compile(r'-?"[^"]*"?|[^\s"]+')
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]  # folded
    phrase: bool = False

    @property
    def stems(self) -> tuple[str, ...]:
        return tuple(stem(word) for word in self.words)


@dataclass(frozen=True)
class ParsedQuery:
    """``required`` are AND-ed groups of OR-ed terms; ``excluded`` terms must not match."""

    required: tuple[tuple[Term, ...], ...]
    excluded: tuple[Term, ...]

    @property
    def terms(self) -> list[Term]:
        return [term for group in self.required for term in group]


def parse_query(query: str) -> ParsedQuery:
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    pending_or = False
    for token in _TOKEN.findall(query):
        if token.lower() == "or":
            pending_or = bool(groups)
            continue
        negated = token.startswith("-") and len(token) > 1
        body = token[1:] if negated else token
        quoted = body.startswith('"')
        words = tuple(_WORD.findall(search_fold(body.strip('"'))))
        if not words:
            continue
        term = Term(words, phrase=quoted or len(words) > 1)
        if negated:
            excluded.append(term)
        elif pending_or:
            groups[-1].append(term)
        else:
            groups.append([term])
        pending_or = False
    return ParsedQuery(tuple(tuple(g) for g in groups), tuple(excluded))


def fts5_match(parsed: ParsedQuery) -> str | None:
    """The FTS5 MATCH expression for ``parsed``; None when nothing is required."""

    def term_sql(term: Term) -> str:
        return '"' + " ".join(term.stems) + '"'

    if not parsed.required:
        return None
    groups = []
    for group in parsed.required:
        alternatives = [term_sql(term) for term in group]
        groups.append(alternatives[0] if len(group) == 1 else f"({' OR '.join(alternatives)})")
    match = " AND ".join(groups)
    for term in parsed.excluded:
        match = f"({match}) NOT {term_sql(term)}"
    return match


def _vendor(queryset: QuerySet) -> str:
    return connections[queryset.db].vendor


# Ranking: a bounded candidate set, the same rule on both databases.
#
# The candidates are the newest SEARCH_CANDIDATES matches (the index on the
# list order finds them without reading every match); they are ranked by
# tier, then newest first: the whole query found in the title (2), in the
# title or the summary (deck, highlights, bylines: 1), anywhere (0). The
# tiers are computed on the candidates only, so a search costs the same
# however many articles match, and both databases give the same order
# (they stem alike: see articles/search_index.py). More matches than
# COUNT_CAP show as "más de 1.000".
SEARCH_CANDIDATES = COUNT_CAP + 1
TITLE_TIER, SUMMARY_TIER, BODY_TIER = 2, 1, 0


def search_articles(query: str, *, queryset: QuerySet | None = None) -> QuerySet:
    """Articles of ``queryset`` (default: published ones) matching ``query``, best first.

    A queryset over at most ``SEARCH_CANDIDATES`` articles (the newest
    matches), annotated with ``search_tier`` and ordered by it, then newest
    first, then by id. An empty query, or one with nothing to look for,
    matches nothing. Pages use ``rank_articles()`` and ``paginate_ranked()``,
    which read the candidates once.
    """
    if queryset is None:
        queryset = Article.objects.published()
    tiers = dict(rank_articles(query, queryset=queryset))
    if not tiers:
        return queryset.none()
    by_tier = {
        tier: [pk for pk, t in tiers.items() if t == tier] for tier in (TITLE_TIER, SUMMARY_TIER)
    }
    ranked = queryset.filter(pk__in=list(tiers)).annotate(
        search_tier=Case(
            When(pk__in=by_tier[TITLE_TIER], then=Value(TITLE_TIER)),
            When(pk__in=by_tier[SUMMARY_TIER], then=Value(SUMMARY_TIER)),
            default=Value(BODY_TIER),
            output_field=IntegerField(),
        )
    )
    return ranked.order_by("-search_tier", F("published_at").desc(nulls_last=True), "-pk")


def rank_articles(query: str, *, queryset: QuerySet) -> list[tuple[int, int]]:
    """``(pk, tier)`` of the articles of ``queryset`` matching ``query``, best first.

    At most ``SEARCH_CANDIDATES`` (the newest matches), in one query.
    """
    query = clean_query(query)
    if not query:
        return []
    if _vendor(queryset) == "postgresql":
        tsquery = SearchQuery(search_fold(query), config=SEARCH_CONFIG, search_type="websearch")
        matches = queryset.filter(search_vector=tsquery)
        # ts_filter keeps the lexemes of the given weights: A title, B summary.
        title, summary = (Q(**{f"{name}_vector": tsquery}) for name in ("title", "summary"))
        matches = matches.alias(title_vector=_weights("a"), summary_vector=_weights("ab"))
    else:
        match = fts5_match(parse_query(query))
        if match is None:
            return []
        # Few matches: probe each by primary key. Many: walk the list order's
        # index from the newest and stop at SEARCH_CANDIDATES; probing and
        # sorting 43,000 matches took 25 ms where the walk takes 9.
        key = F("pk")
        if _fts5_count(queryset.db, match, cap=WALK_INDEX_FROM) >= WALK_INDEX_FROM:
            key = Unindexed(key)
        matches = queryset.alias(match_key=key).filter(match_key__in=_fts5_rows(match))
        title = Q(pk__in=_fts5_rows(f"{{title}} : ({match})"))
        summary = Q(pk__in=_fts5_rows(f"{{title summary}} : ({match})"))
    tiers = (
        _newest(matches.select_related(None).prefetch_related(None))
        .annotate(
            tier=Case(
                When(title, then=Value(TITLE_TIER)),
                When(summary, then=Value(SUMMARY_TIER)),
                default=Value(BODY_TIER),
                output_field=IntegerField(),
            )
        )
        .values_list("pk", "tier")
    )
    if _vendor(queryset) == "postgresql":
        rows = list(tiers[:SEARCH_CANDIDATES])
    else:
        # SQLite: dated matches as one range of the list order's index (its
        # planner sorts every match under the publishing rule's OR), then the
        # undated ones when there is room left (articles.pagination.Order.bound).
        rows = list(tiers.filter(ARTICLE_ORDER.non_null())[:SEARCH_CANDIDATES])
        if len(rows) < SEARCH_CANDIDATES:
            rows += tiers.filter(published_at__isnull=True)[: SEARCH_CANDIDATES - len(rows)]
    # Newest first already: a stable sort by tier keeps that order within each tier.
    return sorted(rows, key=lambda row: -row[1])


def _weights(letters: str) -> Func:
    return Func(
        F("search_vector"),
        Value("{" + ",".join(letters) + "}"),  # a "char"[] literal: {a,b}
        function="ts_filter",
        output_field=SearchVectorField(),
    )


def _newest(queryset: QuerySet) -> QuerySet:
    return queryset.order_by(F("published_at").desc(nulls_last=True), "-pk")


def _fts5_rows(match: str) -> RawSQL:
    return RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", (match,))


# From this many matches on, a search walks the list order instead of probing them.
WALK_INDEX_FROM = 5 * SEARCH_CANDIDATES


def _fts5_count(using: str, match: str, *, cap: int) -> int:
    """How many rows match, counted up to ``cap`` (the FTS5 index alone: ~1 ms)."""
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s LIMIT %s)",
            [match, cap],
        )
        return cursor.fetchone()[0]


# Snippets


def attach_snippets(articles: list[Article], query: str) -> None:
    """Set ``search_snippet`` (safe HTML, only <mark> tags) on each article.

    The snippet is the passage of the deck and body around the words found,
    or "" when they were only in the title. PostgreSQL: one query for the
    whole page (ts_headline over these rows only); SQLite: no query.
    """
    query = clean_query(query)
    for article in articles:
        article.search_snippet = ""
    if not articles or not query:
        return
    if connections[articles[0]._state.db].vendor == "postgresql":
        snippets = _headlines(articles, query)
    else:
        parsed = parse_query(query)
        snippets = {a.pk: _python_snippet(_snippet_source(a), parsed.terms) for a in articles}
    for article in articles:
        article.search_snippet = snippets.get(article.pk, "")


def _headlines(articles: list[Article], query: str) -> dict[int, SafeString]:
    document = Func(
        Concat(F("deck"), Value(f" {_FIELD} "), F("body_html"), output_field=TextField()),
        Value("ñÑ"),
        Value("ȝȜ"),
        function="translate",
        output_field=TextField(),
    )
    tsquery = SearchQuery(
        search_fold(query).translate(_PLACEHOLDER), config=HEADLINE_CONFIG, search_type="websearch"
    )
    headline = SearchHeadline(
        document,
        tsquery,
        config=HEADLINE_CONFIG,
        start_sel=_START,
        stop_sel=_STOP,
        max_words=35,
        min_words=15,
        short_word=2,  # the default (3) would trim "año" off a passage's edge
        max_fragments=2,
        fragment_delimiter=" … ",
    )
    rows = (
        Article.objects.using(articles[0]._state.db)
        .filter(pk__in=[a.pk for a in articles])
        .annotate(headline=headline)
        .values_list("pk", "headline")
    )
    return {pk: _clean_headline(text) for pk, text in rows}


def _clean_headline(text: str) -> SafeString:
    """ts_headline output (tags dropped, entities kept) as safe HTML with <mark> only."""
    if _START not in (text or ""):
        return mark_safe("")
    plain = plain_text(text.translate(_RESTORE))  # ts_headline drops tags; never trust that
    marked = _MARKED.sub(r"<mark>\1</mark>", html.escape(plain, quote=False))
    return mark_safe(_readable(marked.replace(_START, "").replace(_STOP, "")))


def _readable(snippet: str) -> str:
    """One line: fields apart, no space before punctuation, no separator at an edge."""
    snippet = " ".join(snippet.split())
    snippet = snippet.strip(f" {_FIELD}").replace(f"… {_FIELD}", _FIELD)
    snippet = re.sub(f"\\s*{_FIELD}(\\s*{_FIELD})*\\s*", FIELD_SEPARATOR, snippet)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", snippet)).strip()


def _snippet_source(article: Article) -> str:
    body = plain_text(article.body_html)
    return f"{article.deck} {_FIELD} {body}" if article.deck else body


SNIPPET_BEFORE = 80
SNIPPET_LENGTH = 300


def _python_snippet(text: str, terms: list[Term]) -> SafeString:
    """The passage of ``text`` around the first word of ``terms``, words marked.

    Words are compared by their folded stems, as the index compares them; a
    phrase is its words in a row. The passage starts and ends between words.
    """
    text = unicodedata.normalize("NFC", text)
    if not text or not terms:
        return mark_safe("")
    folded = search_fold(text)  # same length as text
    # Words are read (and stemmed) only as far as the passage can reach: past the
    # first match's start plus the passage's length no mark is shown (a body's
    # every word took 0.4 ms a result).
    words: list[tuple[int, int, str]] = []
    pending = _WORD.finditer(folded)

    def read_to(index: int) -> bool:
        while len(words) <= index:
            match = next(pending, None)
            if match is None:
                return False
            words.append((match.start(), match.end(), stem(match.group())))
        return True

    wanted = sorted({term.stems for term in terms}, key=len, reverse=True)
    longest = len(wanted[0])
    first_stems = {stems[0] for stems in wanted}
    found, i = [], 0
    while read_to(i + longest - 1) or i < len(words):
        if found and words[i][0] >= found[0][0] + SNIPPET_LENGTH:
            break
        if words[i][2] not in first_stems:
            i += 1
            continue
        for stems in wanted:
            if tuple(w[2] for w in words[i : i + len(stems)]) == stems:
                found.append((words[i][0], words[i + len(stems) - 1][1]))
                i += len(stems)
                break
        else:
            i += 1
    if not found:
        return mark_safe("")
    first_start, first_end = found[0]
    start = max(0, first_start - SNIPPET_BEFORE)
    if start:  # begin and end on word boundaries
        space = text.find(" ", start, first_start)
        start = space + 1 if space >= 0 else first_start
    end = min(len(text), max(start + SNIPPET_LENGTH, first_end))
    if end < len(text):
        space = text.rfind(" ", first_end, end)
        end = space if space >= 0 else first_end
    parts = ["…" if start else ""]
    position = start
    for begin, finish in found:
        if begin < position or finish > end:
            continue
        parts += [html.escape(text[position:begin], quote=False), "<mark>"]
        parts += [html.escape(text[begin:finish], quote=False), "</mark>"]
        position = finish
    parts += [html.escape(text[position:end], quote=False), "…" if end < len(text) else ""]
    return mark_safe(_readable("".join(parts)))


# Officials and institutions shown above the results


def _matching_entities(queryset: QuerySet, alias_model, owner: str, query: str) -> list:
    """Public entities whose name or a name variant holds the query, or is held by it."""
    key = normalize_alias(clean_query(query))
    if len(key) < ENTITY_QUERY_MIN_LENGTH:
        return []
    aliases = alias_model.objects.filter(**{owner: OuterRef("pk")})
    owners = alias_model.objects.values(owner)
    # "robledo" is in "zoe robledo"; "zoe robledo" is in "entrevista a zoe robledo":
    # a name held by the query is one of its runs of whole words, looked up
    # in the index on ``normalized`` rather than by a LIKE over every alias.
    # Each as one set of owners, read once (a correlated EXISTS per entity probed
    # every entity's aliases twice: 6.6 → 1.5 ms for the officials at 100,000).
    holds_query = owners.filter(normalized__contains=key)
    held_by_query = owners.filter(normalized__in=_word_runs(key))
    # The names first (a few rows), then the public rule on those only: the
    # rule reads the mention tables, which SQLite would do for every entity.
    named = queryset.filter(
        Q(name__icontains=clean_query(query)) | Q(pk__in=holds_query) | Q(pk__in=held_by_query)
    ).values("pk")
    return list(
        queryset.public()
        .filter(pk__in=named)
        .annotate(exact=Exists(aliases.filter(normalized=key)))
        .order_by("-exact", "name")[:ENTITY_LIMIT]
    )


ENTITY_NAME_MAX_WORDS = 12


def _word_runs(key: str) -> list[str]:
    """Every run of whole words of ``key`` of 4 characters or more (names it may hold)."""
    words = key.split(" ")
    runs = {
        " ".join(words[start:end])
        for start in range(len(words))
        for end in range(start + 1, min(len(words), start + ENTITY_NAME_MAX_WORDS) + 1)
    }
    return sorted(run for run in runs if len(run) >= 4)


def matching_officials(query: str) -> list[Official]:
    return _matching_entities(Official.objects.all(), OfficialAlias, "official", query)


def matching_institutions(query: str) -> list[Institution]:
    return _matching_entities(Institution.objects.all(), InstitutionAlias, "institution", query)


# Filters shared by the search page and the API

# A day's bounds are its local midnight and the next one, stored in UTC: the
# first and last days of the calendar have no day before or after to reach,
# whatever the time zone, so they are not accepted as filters.
_FIRST_DAY = datetime.date.min + datetime.timedelta(days=1)
_LAST_DAY = datetime.date.max - datetime.timedelta(days=1)


@dataclass(frozen=True)
class ArticleFilters:
    """Narrowing a list of articles by slugs and an inclusive range of local dates."""

    section: str = ""
    author: str = ""
    official: str = ""
    institution: str = ""
    tag: str = ""
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None

    @classmethod
    def from_params(
        cls, params: QueryDict, names: Mapping[str, tuple[str, ...]]
    ) -> tuple[ArticleFilters, dict[str, str]]:
        """Filters from request parameters; ``names`` maps each field to its parameter names.

        Returns the filters and the errors by parameter name (a date that is
        not AAAA-MM-DD, or the first or last day of the calendar); a wrong
        value is left out of the filters.
        """
        values: dict = {}
        errors: dict[str, str] = {}
        for field, keys in names.items():
            key, raw = next(
                ((k, params[k].strip()) for k in keys if params.get(k, "").strip()), ("", "")
            )
            if not raw:
                continue
            if field.startswith("date_"):
                try:
                    day = datetime.date.fromisoformat(raw)
                except ValueError:
                    errors[key] = gettext("Fecha no válida: use AAAA-MM-DD.")
                    continue
                if not _FIRST_DAY <= day <= _LAST_DAY:
                    errors[key] = gettext("Fecha no válida: fuera de rango.")
                    continue
                values[field] = day
            else:
                values[field] = raw[:300]
        return cls(**values), errors

    @property
    def active(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def apply(self, queryset: QuerySet) -> QuerySet:
        """``queryset`` narrowed; each filter is a subquery, so rows are never repeated."""
        article = OuterRef("pk")
        if self.section:
            queryset = queryset.filter(section__slug=self.section)
        if self.author:
            links = ArticleAuthor.objects.filter(article=article, author__slug=self.author)
            queryset = queryset.filter(Exists(links))
        if self.official:
            links = OfficialMention.objects.filter(article=article, official__slug=self.official)
            queryset = queryset.filter(Exists(links))
        if self.institution:
            links = InstitutionMention.objects.filter(
                article=article, institution__slug=self.institution
            )
            queryset = queryset.filter(Exists(links))
        if self.tag:
            queryset = queryset.filter(
                pk__in=Article.objects.filter(tags__slug=self.tag).values("pk")
            )
        if self.date_from:
            queryset = queryset.filter(published_at__gte=_local_midnight(self.date_from))
        if self.date_to:
            next_day = self.date_to + datetime.timedelta(days=1)
            queryset = queryset.filter(published_at__lt=_local_midnight(next_day))
        return queryset


def _local_midnight(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


# Ranked results are paged by offset: their order is a score, not a column
# a keyset could seek on, and nobody reads page 500 of a search.


def paginate_by_offset(
    request, queryset: QuerySet, per_page: int, *, count_cap: int | None = None
) -> Page:
    """The ``?page=N`` page of an ordered ``queryset``, as articles.pagination.Page.

    With ``count_cap``, the count stops past it (searches: at most
    ``SEARCH_CANDIDATES`` rows anyway, shown as "más de 1.000").
    """
    count = capped_count(queryset, count_cap)
    number, offset = _page_at(request, count, per_page)
    rows = list(queryset[offset : offset + per_page]) if count else []
    return _offset_page(request, rows, number, count, per_page, count_cap)


def paginate_ranked(
    request, ranked: list[tuple[int, int]], queryset: QuerySet, per_page: int
) -> Page:
    """The ``?page=N`` page of ``rank_articles()``'s result, rows read from ``queryset``.

    The count is the number of candidates ("más de 1.000" past
    ``COUNT_CAP``); one query for the page's rows (plus their prefetches).
    """
    keys = [pk for pk, _tier in ranked]
    return paginate_keys(request, keys, queryset, per_page, count_cap=COUNT_CAP)


def paginate_keys(
    request, keys: list[int], queryset: QuerySet, per_page: int, *, count_cap: int | None = None
) -> Page:
    """The ``?page=N`` page of an ordered list of primary keys, rows read from ``queryset``
    in one query (plus its prefetches); the count is the length of the list."""
    count = len(keys)
    number, offset = _page_at(request, count, per_page)
    shown = keys[offset : offset + per_page]
    found = queryset.in_bulk(shown) if shown else {}
    rows = [found[pk] for pk in shown if pk in found]
    return _offset_page(request, rows, number, count, per_page, count_cap)


def _page_at(request, count: int, per_page: int) -> tuple[int, int]:
    """The requested page number and its offset; 404 past the last page."""
    number = page_number(request)
    if number < 1 or number > max(1, ceil(count / per_page)):
        raise Http404("Página fuera de rango.")
    return number, (number - 1) * per_page


def _offset_page(request, rows, number, count, per_page, count_cap) -> Page:
    num_pages = max(1, ceil(count / per_page))

    def query_for(n: int) -> str:
        params = request.GET.copy()
        params.pop(PAGE_PARAM, None)
        if n > 1:
            params[PAGE_PARAM] = str(n)
        return params.urlencode()

    return Page(
        object_list=rows,
        number=number,
        num_pages=num_pages,
        count=count,
        per_page=per_page,
        next_query=query_for(number + 1) if number < num_pages else None,
        previous_query=query_for(number - 1) if number > 1 else None,
        count_cap=count_cap,
    )
