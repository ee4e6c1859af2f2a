"""The article editor's image picker: library images found by their words.

The body editor's "Imagen de la biblioteca" button asks the admin for these
entries (``ImageAdmin.picker_view``) and inserts ``markdown`` into the body,
which the renderer turns into a responsive <picture>; "Usar como imagen
principal" sets the article's lead image to ``id``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.db.models import Prefetch, Q, QuerySet

from media.models import Image, Rendition

PICKER_LIMIT = 24
SEARCHED_FIELDS = ("alt_text", "caption", "credit")


@dataclass(frozen=True)
class PickerEntry:
    id: int
    alt: str
    caption: str
    credit: str
    width: int
    height: int
    thumbnail: str  # the smallest JPEG rendition, "" while none exists
    markdown: str
    label: str  # what the lead image's autocomplete shows for it

    def as_json(self) -> dict:
        return asdict(self)


def matching(queryset: QuerySet[Image], term: str) -> QuerySet[Image]:
    """Images whose alt text, caption or credit hold every word of ``term``."""
    for word in term.split():
        queryset = queryset.filter(
            Q.create([(f"{field}__icontains", word) for field in SEARCHED_FIELDS], Q.OR)
        )
    return queryset


def search(
    term: str, *, queryset: QuerySet[Image] | None = None, limit: int = PICKER_LIMIT
) -> list[PickerEntry]:
    """The newest ``limit`` images matching ``term`` (all images for an empty term); 2 queries."""
    queryset = Image.objects.all() if queryset is None else queryset
    smallest = Rendition.objects.filter(format=Rendition.Format.JPEG).order_by("width")
    images = matching(queryset, term).prefetch_related(
        Prefetch("renditions", queryset=smallest, to_attr="picker_jpegs")
    )
    return [_entry(image) for image in images.order_by("-created_at", "-id")[:limit]]


def _entry(image: Image) -> PickerEntry:
    jpegs = image.picker_jpegs
    return PickerEntry(
        id=image.pk,
        alt=image.alt_text,
        caption=image.caption,
        credit=image.credit,
        width=image.width,
        height=image.height,
        thumbnail=jpegs[0].url if jpegs else "",
        markdown=image.markdown,
        label=str(image),
    )
