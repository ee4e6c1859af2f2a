"""Settings for the newsroom CMS, read from the environment.

Development defaults are safe: with no environment at all the site runs on
an embedded SQLite database under ``var/`` with DEBUG on. Production sets
DEBUG=0, SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL; the process refuses to
start when DEBUG is off and no SECRET_KEY is given.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("NEWSROOM_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)


def _secret_key() -> str:
    key = os.environ.get("SECRET_KEY", "").strip()
    if key:
        return key
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment when DEBUG is off.")
    # A development key kept on disk, never in the repository, so sessions
    # survive restarts of `make run`.
    key_file = VAR_DIR / "dev-secret-key"
    if key_file.exists():
        return key_file.read_text().strip()
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    key_file.write_text(key)
    return key


SECRET_KEY = _secret_key()

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]", "testserver"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "taggit",
    "simple_history",
    "people",
    "media",
    "articles",
]

MIDDLEWARE = [
    "newsroom.request_guard.RejectNulMiddleware",
    "newsroom.routing.PublicReadsFromReplicaMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # After the HTTPS redirect, the host check (CommonMiddleware) and the
    # session: a cached page for an anonymous reader skips everything below.
    "newsroom.caching.AnonymousPageCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.middleware.SecurityHeadersMiddleware",
]

ROOT_URLCONF = "newsroom.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "newsroom" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsroom.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "newsroom.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'newsroom.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets readers and the importer work at the same time; the timeout
    # makes a concurrent writer wait instead of failing at once.
    # A connection is kept between requests (CONN_MAX_AGE, as on PostgreSQL):
    # opened per request, each page started with an empty page cache and read
    # every page of the indexes it walked through the file system again. Pages
    # are read through a memory map, and each connection caches 32 MB (at
    # 100,000 articles, quiet machine, through gunicorn: section 13.0 → 9.2 ms,
    # API list 14.7 → 12.7 ms; docs/performance.md, session 9).
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
            "PRAGMA mmap_size=268435456; PRAGMA cache_size=-32768;"
        ),
        "transaction_mode": "IMMEDIATE",
    }

# PostgreSQL's JIT compiles a page's plans on every request: on the officials
# index at 100,000 articles it spent 508 of 1,033 ms compiling (docs/performance.md).
# Web queries are short; a session may still turn it on for a report.
POSTGRES_OPTIONS = "-c jit=off"


# Server-side prepared statements, opt-in (POSTGRES_PREPARED_STATEMENTS=1): a statement
# run five times on a connection is prepared and its plan kept, where each page's
# statements spent more time being planned than run (the article page 1.5 of 2.1 ms of
# the server's work; docs/performance.md, session 23). Parameters are then bound on the
# server. Needs a direct connection or a pooler that keeps prepared statements
# (PgBouncer >= 1.21 with max_prepared_statements), and connections closed after a
# migration that changes a selected column's type (a deploy's restart does).
POSTGRES_PREPARED_STATEMENTS = os.environ.get("POSTGRES_PREPARED_STATEMENTS", "0") == "1"


def _postgres_options(database: dict) -> None:
    if database["ENGINE"] == "django.db.backends.postgresql":
        options = database.setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} {POSTGRES_OPTIONS}".strip()
        if POSTGRES_PREPARED_STATEMENTS:
            options.update(server_side_binding=True, prepare_threshold=5)


_postgres_options(DATABASES["default"])

# An optional read replica for public reads (see newsroom/routing.py).
if os.environ.get("DATABASE_REPLICA_URL", "").strip():
    DATABASES["replica"] = dj_database_url.parse(
        os.environ["DATABASE_REPLICA_URL"],
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    _postgres_options(DATABASES["replica"])
DATABASE_ROUTERS = ["newsroom.routing.PrimaryReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


def redis_cache_settings(url: str, **options) -> dict:
    """CACHES for a Redis at ``url``; a Redis outage slows the site, never breaks it.

    See newsroom/cache_backend.py and docs/deployment.md.
    """
    return {
        "default": {
            "BACKEND": "newsroom.cache_backend.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "newsroom",
            "OPTIONS": options,
        }
    }


REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = redis_cache_settings(REDIS_URL)
    # Sessions live in the database (shared by every app server), read
    # through the shared cache.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "es-mx"
LANGUAGES = [("es-mx", _("Español (México)"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "America/Mexico_City")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "newsroom" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Uploaded images (media/): through the default storage, the filesystem under
# var/media in development; production may use S3-compatible object storage
# (docs/deployment.md, "Media files"). Django serves MEDIA_URL only in DEBUG.
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
MEDIA_MAX_UPLOAD_MB = int(os.environ.get("MEDIA_MAX_UPLOAD_MB", "15"))
# Decompression bombs: pictures with more pixels are refused before decoding.
MEDIA_MAX_PIXELS = int(os.environ.get("MEDIA_MAX_PIXELS", str(50_000_000)))

LOGIN_URL = "admin:login"

# Seconds an anonymous page may be served from the cache (and by a CDN).
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "60"))

# Logins: how many proxies in front of the app append to X-Forwarded-For
# (newsroom/login_limits.py, docs/deployment.md). 0: the client is REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Security: strict by default, HTTPS behaviour from the environment.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

# Site identity, shown on pages and in structured data.
SITE_NAME = os.environ.get("SITE_NAME", "Noticias Zacatecas")
# Absolute links (canonical, og:url, JSON-LD, feeds, robots.txt, the API) follow
# the port `make run PORT=…` serves on unless SITE_URL is set.
PORT = os.environ.get("PORT", "8000")
SITE_URL = (os.environ.get("SITE_URL") or f"http://127.0.0.1:{PORT}").rstrip("/")

# The newsroom's own state: "Gobierno del Estado" and state secretarías in
# its articles mean this state's (ISO 3166-2).
NEWSROOM_JURISDICTION = os.environ.get("NEWSROOM_JURISDICTION", "MX-ZAC")

# Importer defaults.
IMPORT_MAX_BYTES = int(os.environ.get("IMPORT_MAX_BYTES", str(1024 * 1024)))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Importer limits per file (issue 11 §2): a file whose parsing takes longer, or
# needs more memory, fails alone and its worker process is replaced.
IMPORT_FILE_SECONDS = float(os.environ.get("IMPORT_FILE_SECONDS", "10"))
IMPORT_FILE_MEMORY_MB = int(os.environ.get("IMPORT_FILE_MEMORY_MB", "1024"))
