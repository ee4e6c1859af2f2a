"""Links to a press office's internal storage: shared folders, not for readers.

Press releases often list where the office keeps photos and audio (a Drive
folder, a SharePoint library, a WeTransfer). Editors keep them in the admin;
the public page and the API leave them out (``selectors.public_media_links``).
"""

from urllib.parse import urlsplit

# One row per storage service: a host and every subdomain of it.
INTERNAL_STORAGE_HOSTS = (
    "drive.google.com",
    "docs.google.com",
    "sharepoint.com",
    "onedrive.live.com",
    "1drv.ms",
    "dropbox.com",
    "dropboxusercontent.com",
    "wetransfer.com",
    "we.tl",
)


def is_internal_storage(url: str) -> bool:
    """Whether ``url`` points into one of the storage services above."""
    try:
        host = (urlsplit(str(url).strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return False
    return any(host == known or host.endswith("." + known) for known in INTERNAL_STORAGE_HOSTS)
