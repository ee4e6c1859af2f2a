"""Which article a file is, and whether its new content may replace it.

Decided once per file, from what the database holds (``ImportState``, loaded
once per run), for the real run and ``--dry-run`` alike; see
docs/architecture.md, "Identity". ``source_path`` and ``content_hash`` are
unique in the database, so two importers racing over the same tree cannot
create duplicates: the loser's batch (or file) rolls back and is decided again.
"""

import difflib
import hashlib
import json
from dataclasses import dataclass, field

from django.db.models import Q

from articles.importing.records import ParsedArticle
from articles.models import Article, ArticleAuthor, DeletedSource, Section
from people.models import Author
from people.naming import ascii_slug, fold


class EditedSinceImport(Exception):
    """The article changed in the admin after its import; the source must not win."""


class OtherStory(Exception):
    """The file now holds a different story than its article: a conflict, never an update."""


@dataclass(slots=True)
class KnownArticle:
    id: int
    content_hash: str | None
    source_path: str | None
    source_file: str | None
    source_signature: str = ""


@dataclass
class ImportState:
    """What the database already holds, loaded once per run.

    Lets unchanged files be recognised from their hash alone, before any
    parsing, and keeps section and author lookups off the database.
    """

    by_path: dict[str, KnownArticle] = field(default_factory=dict)
    # Articles imported before paths were recorded, by their relative key.
    by_legacy_key: dict[str, KnownArticle] = field(default_factory=dict)
    by_hash: dict[str, KnownArticle] = field(default_factory=dict)
    deleted_hashes: set[str] = field(default_factory=set)
    deleted_paths: set[str] = field(default_factory=set)
    sections: dict[str, Section] = field(default_factory=dict)
    authors: dict[str, Author] = field(default_factory=dict)
    # Every slug in use, read on the first slug asked for (a run that only
    # finds unchanged files never needs them).
    _slugs: set[str] | None = None
    # The next suffix to try per slug base, so repeated titles cost one probe each.
    _next_suffix: dict[str, int] = field(default_factory=dict)
    # Articles whose story signature this run stored from the workers' (in order,
    # so a block that rolls back forgets its own): the end of the run does not
    # compute them again.
    signed: list[int] = field(default_factory=list)

    @classmethod
    def load(cls) -> "ImportState":
        state = cls()
        imported = Article.objects.filter(content_hash__isnull=False)
        columns = ("id", "content_hash", "source_path", "source_file", "source_signature")
        # Keyed by path and hash, both unique: read in no particular order (sorting
        # every article by date was most of this query). Only articles imported
        # before paths were recorded may share a key, and for them the last one read
        # wins, so they are read apart, in the model's order as always.
        legacy = Q(source_path__isnull=True) | Q(source_path="")
        by_path = imported.exclude(legacy).order_by().values_list(*columns)
        for row in by_path.iterator(chunk_size=5000):
            state.know(KnownArticle(*row))
        for row in imported.filter(legacy).values_list(*columns).iterator(chunk_size=5000):
            state.know(KnownArticle(*row))
        for digest, path in DeletedSource.objects.values_list("content_hash", "source_path"):
            state.deleted_hashes.add(digest)
            if path:
                state.deleted_paths.add(path)
        return state

    @property
    def slugs(self) -> set[str]:
        if self._slugs is None:
            taken = Article.objects.values_list("slug", flat=True).iterator(chunk_size=5000)
            self._slugs = set(taken)
        return self._slugs

    def know(self, known: KnownArticle) -> None:
        if known.source_path:
            self.by_path[known.source_path] = known
        elif known.source_file:
            self.by_legacy_key[known.source_file] = known
        if known.content_hash:
            self.by_hash[known.content_hash] = known

    def article_at(self, absolute: str, key: str) -> KnownArticle | None:
        """The article imported from this file, wherever the import was rooted."""
        return self.by_path.get(absolute) or self.by_legacy_key.get(key)

    def is_deleted(self, absolute: str, digest: str) -> bool:
        return digest in self.deleted_hashes or absolute in self.deleted_paths

    def forget_deletion(self, absolute: str, digest: str) -> None:
        DeletedSource.objects.filter(content_hash=digest).delete()
        DeletedSource.objects.filter(source_path=absolute).delete()
        self.deleted_hashes.discard(digest)
        self.deleted_paths.discard(absolute)

    def free_slug(self, text: str) -> str:
        """A slug no article has yet, reserved for this run (the database still decides)."""
        base = ascii_slug(text)
        slug, n = base, self._next_suffix.get(base, 2)
        while slug in self.slugs:
            slug, n = f"{base}-{n}", n + 1
        self._next_suffix[base] = n
        self.slugs.add(slug)
        return slug

    def reload(self) -> None:
        """Read identities, deletions and slugs again (another process wrote meanwhile);
        the section and author caches are kept (call ``restore`` for those)."""
        fresh = ImportState.load()
        fresh.sections, fresh.authors = self.sections, self.authors
        self.__dict__.update(fresh.__dict__)

    def checkpoint(self) -> tuple[set[str], set[str], int]:
        """What ``restore`` needs to forget rows created in a block that rolls back."""
        return set(self.sections), set(self.authors), len(self.signed)

    def restore(self, checkpoint: tuple[set[str], set[str], int]) -> None:
        """Forget sections, authors and signatures stored since ``checkpoint``: their rows
        may be gone."""
        sections, authors, signed = checkpoint
        self.sections = {k: v for k, v in self.sections.items() if k in sections}
        self.authors = {k: v for k, v in self.authors.items() if k in authors}
        del self.signed[signed:]

    def remember(self, article: Article) -> None:
        self.know(
            KnownArticle(
                article.pk,
                article.content_hash,
                article.source_path,
                article.source_file,
                article.source_signature,
            )
        )

    def section(self, name: str) -> Section | None:
        if not name:
            return None
        if name not in self.sections:
            slug = ascii_slug(name, max_length=120)
            self.sections[name], _created = Section.objects.get_or_create(
                slug=slug, defaults={"name": name}
            )
        return self.sections[name]

    def byline_authors(self, parsed: ParsedArticle) -> list[Author]:
        """The article's authors in byline order, each once."""
        authors: dict[int, Author] = {}
        for byline in parsed.bylines:
            author = self.author(byline.name, byline.kind)
            authors.setdefault(author.pk, author)
        return list(authors.values())

    def author(self, name: str, kind: str) -> Author:
        slug = ascii_slug(name, max_length=200)
        if slug not in self.authors:
            author, _created = Author.objects.get_or_create(
                slug=slug, defaults={"name": name, "kind": kind}
            )
            self.authors[slug] = author
        return self.authors[slug]


def editable_fingerprint(
    article: Article, *, author_ids: list[int] | None = None, tag_names: list[str] | None = None
) -> str:
    """A hash of every field an editor can change in the admin.

    Stored at import; when it no longer matches, somebody edited the
    article and a re-import must not overwrite it.
    """
    values = {
        "title": article.title,
        "slug": article.slug,
        "deck": article.deck,
        "highlights": list(article.highlights or []),
        "body": article.body,
        "section": article.section_id,
        "location": article.location,
        "source": article.source,
        "status": article.status,
        # Compared as a UTC instant: the value read back from the database is
        # in UTC while the one set at import is in local time.
        "published_at": article.published_at.timestamp() if article.published_at else None,
        "lead_image_url": article.lead_image_url,
        "lead_image_credit": article.lead_image_credit,
        "media_links": list(article.media_links or []),
        "authors": author_ids if author_ids is not None else _author_ids(article),
        "tags": sorted(tag_names if tag_names is not None else _tag_names(article)),
    }
    encoded = json.dumps(values, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode()).hexdigest()


def _author_ids(article: Article) -> list[int]:
    if not article.pk:
        return []
    links = ArticleAuthor.objects.filter(article=article).order_by("position")
    return list(links.values_list("author_id", flat=True))


def _tag_names(article: Article) -> list[str]:
    return list(article.tags.names()) if article.pk else []


def is_edited_since_import(
    article: Article, *, author_ids: list[int] | None = None, tag_names: list[str] | None = None
) -> bool:
    """Whether an editor changed ``article`` since its import (``author_ids`` and
    ``tag_names``: its bylines and tags, when the caller read them already)."""
    if article.edited_since_import:
        return True
    return bool(article.import_fingerprint) and (
        editable_fingerprint(article, author_ids=author_ids, tag_names=tag_names)
        != article.import_fingerprint
    )


# A changed file still tells its article's story when its title is close to
# the article's or most of its text is the same (a correction, an update);
# otherwise it now holds another story, and that is a conflict.
SAME_TITLE_RATIO = 0.6
SAME_BODY_SHARE = 0.5
_SHINGLE_WORDS = 3


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = fold(text).split()
    n = _SHINGLE_WORDS
    return {tuple(words[i : i + n]) for i in range(max(len(words) - n + 1, 1))} if words else set()


def same_story(article: Article, parsed: ParsedArticle) -> bool:
    """Whether ``parsed`` is a new version of ``article`` rather than another story."""
    old_title, new_title = fold(article.title), fold(parsed.title)
    if difflib.SequenceMatcher(None, old_title, new_title).ratio() >= SAME_TITLE_RATIO:
        return True
    old, new = _shingles(article.body), _shingles(parsed.body)
    if not old or not new:
        return False
    return len(old & new) / min(len(old), len(new)) >= SAME_BODY_SHARE


def check_update(
    article: Article,
    parsed: ParsedArticle,
    *,
    overwrite_edited: bool,
    author_ids: list[int] | None = None,
    tag_names: list[str] | None = None,
) -> None:
    """Raise unless the file's new content may replace ``article``."""
    edited = is_edited_since_import(article, author_ids=author_ids, tag_names=tag_names)
    if edited and not overwrite_edited:
        raise EditedSinceImport
    if not same_story(article, parsed):
        raise OtherStory
