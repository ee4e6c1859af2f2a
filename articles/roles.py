"""The editorial groups and their permissions, created idempotently."""

from django.contrib.auth.models import Group, Permission

REPORTERS = "Reporteros"
EDITORS = "Editores"

_ARTICLE_BASICS = [
    ("articles", "add_article"),
    ("articles", "change_article"),
    ("articles", "view_article"),
    ("articles", "add_articleauthor"),
    ("articles", "change_articleauthor"),
    ("articles", "delete_articleauthor"),
    ("articles", "view_articleauthor"),
    ("articles", "view_section"),
    ("taggit", "view_tag"),
    ("people", "view_author"),
    ("people", "add_author"),
    ("people", "view_official"),
    ("people", "view_institution"),
    # The media library: reporters upload images and pick them.
    ("media", "add_image"),
    ("media", "change_image"),  # their own uploads only (media/admin.py)
    ("media", "view_image"),
]

_EDITOR_EXTRA = [
    ("articles", "publish_article"),
    ("articles", "delete_article"),
    ("articles", "add_section"),
    ("articles", "change_section"),
    ("articles", "add_correction"),
    ("articles", "change_correction"),
    ("articles", "delete_correction"),
    ("articles", "view_correction"),
    ("articles", "view_historicalarticle"),
    ("taggit", "add_tag"),
    ("taggit", "change_tag"),
    ("media", "delete_image"),
    *[
        ("people", f"{action}_{model}")
        for model in (
            "officialmention",
            "institutionmention",
            "author",
            "official",
            "officialalias",
            "institution",
            "institutionalias",
            "position",
        )
        for action in ("add", "change", "delete", "view")
    ],
]

ROLES = {REPORTERS: _ARTICLE_BASICS, EDITORS: _ARTICLE_BASICS + _EDITOR_EXTRA}


def setup_roles(*, using: str = "default") -> dict[str, int]:
    """Create or update the groups; returns the permission count of each.

    The groups are defined here, in code: each run gives them exactly these
    permissions (extra grants belong in a group of the site's own).
    """
    result = {}
    permissions_by_key = {
        (permission.content_type.app_label, permission.codename): permission
        for permission in Permission.objects.using(using).select_related("content_type")
    }
    for name, codenames in ROLES.items():
        group, _created = Group.objects.using(using).get_or_create(name=name)
        permissions = [permissions_by_key[key] for key in codenames if key in permissions_by_key]
        group.permissions.set(permissions)
        result[name] = len(permissions)
    return result
