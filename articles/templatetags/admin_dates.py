"""``{% probed_date_hierarchy cl %}``: the admin's date hierarchy (articles.admin_dates)."""

from django import template
from django.contrib.admin.templatetags.base import InclusionAdminNode

from articles.admin_dates import probed_date_hierarchy

register = template.Library()


@register.tag(name="probed_date_hierarchy")
def probed_date_hierarchy_tag(parser, token):
    return InclusionAdminNode(
        parser,
        token,
        func=probed_date_hierarchy,
        template_name="date_hierarchy.html",
        takes_context=False,
    )
