"""Settings for the benchmark: the project's own, plus a ceiling view and a private static root.

Selected with DJANGO_SETTINGS_MODULE=bench.settings for gunicorn and the
in-process probe. Everything else (database, DEBUG, cache) still comes
from the environment, exactly as in production.
"""

import os
from pathlib import Path

from newsroom.settings import *  # noqa: F403

ROOT_URLCONF = "bench.ceiling_urls"
# collectstatic writes here, never into the project's staticfiles/.
STATIC_ROOT = Path(os.environ.get("BENCH_STATIC_ROOT", Path(__file__).parent / ".work" / "static"))
