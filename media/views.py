"""The image's stable address: Markdown in article bodies points here."""

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404

from media.library import ensure_renditions
from media.models import Image

BODY_WIDTH = 1200


def image_redirect(request, pk: int):
    """Redirects to the JPEG rendition that fits an article body (renditions may be re-made)."""
    image = get_object_or_404(Image.objects.prefetch_related("renditions"), pk=pk)
    jpegs = [r for r in ensure_renditions(image) if r.format == "jpeg"]
    fitting = [r for r in jpegs if r.width <= BODY_WIDTH] or jpegs
    return HttpResponseRedirect(fitting[-1].url)
