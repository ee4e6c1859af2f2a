"""Storing images and their renditions, through Django's storage API.

Renditions are made eagerly when an image enters the library (upload or
import) and never again: ``ensure_renditions`` only makes the ones missing,
and the database refuses a second copy of a width and format.
"""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Q

from media import processing
from media.models import Image, Rendition
from media.processing import PreparedImage
from newsroom.caching import content_changed


def duplicate_of(prepared: PreparedImage) -> Image | None:
    return Image.objects.filter(content_hash=prepared.content_hash).first()


def store(image: Image, prepared: PreparedImage) -> Image:
    """Save a new ``image`` (its editorial fields already set) with the prepared file."""
    name = f"images/{prepared.content_hash[:2]}/{prepared.content_hash[:20]}.{prepared.format}"
    image.file.name = default_storage.save(name, ContentFile(prepared.data))
    image.format = prepared.format
    image.width = prepared.width
    image.height = prepared.height
    image.content_hash = prepared.content_hash
    try:
        with transaction.atomic():
            image.save()
    except IntegrityError:
        default_storage.delete(image.file.name)
        raise
    ensure_renditions(image)
    return image


def add_image(prepared: PreparedImage, **fields) -> Image:
    return store(Image(**fields), prepared)


def ensure_renditions(image: Image) -> list[Rendition]:
    """Every rendition of ``image``; only the missing ones are made."""
    box = processing.crop_box(
        image.width, image.height, focal_x=image.focal_x, focal_y=image.focal_y
    )
    wanted = [
        (width, fmt)
        for fmt in processing.RENDITION_FORMATS
        for width in processing.rendition_widths(box[2] - box[0])
    ]
    existing = {(r.width, r.format): r for r in image.renditions.all()}
    missing = [key for key in wanted if key not in existing]
    if missing:
        with default_storage.open(image.file.name, "rb") as source:
            data = source.read()
        for width, fmt in missing:
            existing[width, fmt] = _make_rendition(image, data, box=box, width=width, fmt=fmt)
    return [existing[key] for key in wanted]


def _make_rendition(image: Image, data: bytes, *, box, width: int, fmt: str) -> Rendition:
    encoded, width, height = processing.render(data, box=box, width=width, fmt=fmt)
    # The crop is in the name: a moved focal point gives new addresses, never
    # new content behind an address a browser or CDN has cached.
    crop = f"{box[0]}-{box[1]}"
    name = f"renditions/{image.content_hash[:2]}/{image.content_hash[:20]}-{crop}-{width}.{fmt}"
    stored = default_storage.save(name, ContentFile(encoded))
    try:
        with transaction.atomic():
            return Rendition.objects.create(
                image=image, width=width, height=height, format=fmt, file=stored
            )
    except IntegrityError:
        # Another process made it first: keep theirs.
        default_storage.delete(stored)
        return Rendition.objects.get(image=image, width=width, format=fmt)


def recrop(image: Image) -> list[Rendition]:
    """After the focal point moved: the renditions are made again around it."""
    for rendition in image.renditions.all():
        default_storage.delete(rendition.file.name)
    image.renditions.all().delete()
    if hasattr(image, "_prefetched_objects_cache"):
        image._prefetched_objects_cache.pop("renditions", None)
    return ensure_renditions(image)


# The fields of an image that article bodies store (its crop's addresses, the
# alt text Markdown left empty, the caption and credit under a <figure>).
CROP_FIELDS = frozenset({"focal_x", "focal_y"})
SHOWN_IN_BODIES = CROP_FIELDS | {"alt_text", "caption", "credit"}


def image_edited(image: Image, changed: set[str]) -> None:
    """After an editor changed ``changed`` fields: new crop, bodies rendered again."""
    if CROP_FIELDS & changed:
        recrop(image)
    if SHOWN_IN_BODIES & changed:
        rerender_bodies_showing(image)
        # Cached pages print the old renditions' addresses (deleted by a
        # recrop) and the old alt text: every page that shows the image,
        # as a lead image or in a body, is stale.
        showing = articles_showing(image)
        if showing:
            content_changed(articles=showing)


def articles_showing(image: Image) -> list[int]:
    """Primary keys of the articles that show ``image`` (lead image or body)."""
    from articles.models import Article

    lead = Q(lead_image=image)
    body = Q(body__contains=image.get_absolute_url())
    return list(Article.objects.filter(lead | body).values_list("pk", flat=True))


def rerender_bodies_showing(image: Image) -> int:
    """Articles whose body shows ``image`` get their stored HTML made again.

    Bodies store the renditions' addresses (rendered at save); after a
    recrop those addresses are new. Only ``body_html`` changes: the article's
    text, version and history are the editor's, and stay as they are.
    """
    from articles.models import Article  # articles' models render with media.pictures

    count = 0
    for article in Article.objects.filter(body__contains=image.get_absolute_url()).only(
        "pk", "body"
    ):
        article.render()
        Article.objects.filter(pk=article.pk).update(body_html=article.body_html)
        count += 1
    return count
