from django.conf import settings

from articles.models import Section

NAV_SECTIONS = 8


def site(request):
    """Site identity and the sections shown in the header navigation.

    ``nav_sections`` is a lazy queryset of the sections with a published
    article: one query, only on pages that render the navigation.
    """
    return {
        "SITE_NAME": settings.SITE_NAME,
        "SITE_URL": settings.SITE_URL,
        "nav_sections": Section.objects.public().only("name", "slug")[:NAV_SECTIONS],
    }
