"""Settings shared by every environment, read from the environment.

With no configuration the service runs on an embedded default: SQLite and
jobs run in-process. ``DATABASE_URL`` and ``REDIS_URL`` switch to PostgreSQL
and a Redis-backed Celery worker.
"""

from pathlib import Path

from config.settings.environment import env

BASE_DIR = Path(__file__).resolve().parent.parent.parent
if env.bool("DJANGO_READ_DOT_ENV_FILE", default=False):
    env.read_env(str(BASE_DIR / ".env"))

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-local-development-key")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

INSTALLED_APPS = [
    # First, so that its admin templates (the review queue on the index) extend Django's.
    "core",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "axes",
    "corsheaders",
    "health_check",
    "simple_history",
    "documents",
    "people",
    "meetings",
    "tasks",
    "webhooks",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compressed answers for clients that ask (Accept-Encoding: gzip).
    "django.middleware.gzip.GZipMiddleware",
    # ETag on every answer; If-None-Match (or If-Modified-Since) answered 304 when nothing changed.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.api.throttles.RateLimitHeadersMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it locks out an admin login after repeated failures.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Admin sign-in: after this many failures from one address and user name, locked for the cool-off (hours).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.int("AXES_COOLOFF_HOURS", default=1)
AXES_LOCKOUT_PARAMETERS = [["ip_address", "username"]]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {"default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Connections persist between requests; a broken one is noticed and replaced before use.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The API answers in English; the admin in Vietnamese, with English selectable (core.admin_language).
LANGUAGE_CODE = "en"
ADMIN_LANGUAGE = "vi"
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# --- Articles -------------------------------------------------------------
# Largest accepted upload, in bytes; larger ones get 413.
ARTICLE_MAX_BYTES = env.int("ARTICLE_MAX_BYTES", default=2 * 1024 * 1024)
# Django refuses bodies above this before the view sees them; leave room for
# JSON escaping so that the article limit above is the one users meet.
DATA_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES * 7
FILE_UPLOAD_MAX_MEMORY_SIZE = ARTICLE_MAX_BYTES + 1024
# A parse past its soft limit fails ("took too long"); past the hard limit its process is killed (seconds).
PARSE_SOFT_TIME_LIMIT = env.int("PARSE_SOFT_TIME_LIMIT", default=60)
PARSE_TIME_LIMIT = env.int("PARSE_TIME_LIMIT", default=PARSE_SOFT_TIME_LIMIT + 30)
# A claim outlives the hard limit, so it expires only when its run is dead; then another run takes it.
PARSE_CLAIM_TIMEOUT = env.int("PARSE_CLAIM_TIMEOUT", default=PARSE_TIME_LIMIT + 30)
# An article whose parse was interrupted this many times (killed worker, hard limit) fails.
PARSE_MAX_ATTEMPTS = env.int("PARSE_MAX_ATTEMPTS", default=3)
# Retries of a parse after transient database errors, with exponential backoff.
PARSE_MAX_RETRIES = env.int("PARSE_MAX_RETRIES", default=8)
# A queued article whose job was sent this long ago (or never) is sent again by the sweep (seconds).
PARSE_RESEND_AFTER = env.int("PARSE_RESEND_AFTER", default=PARSE_CLAIM_TIMEOUT * 2)
# How often the sweep runs (Celery beat), in seconds.
PARSE_SWEEP_INTERVAL = env.int("PARSE_SWEEP_INTERVAL", default=60)
# Where `load_seed_articles` looks for the seed articles.
SEED_ARTICLES_DIR = env.path("SEED_ARTICLES_DIR", default=BASE_DIR.parent / "shared" / "seeds")

# --- Webhooks -------------------------------------------------------------
# The service's address as its clients reach it: record URLs in webhook payloads start with it.
PUBLIC_URL = env("PUBLIC_URL", default="http://localhost:8000")
# Seconds a receiver has to answer one delivery.
WEBHOOK_TIMEOUT = env.float("WEBHOOK_TIMEOUT", default=5.0)
# Attempts before a delivery is given up (a curator can replay it), waiting RETRY_BASE, then twice as long, …
WEBHOOK_MAX_ATTEMPTS = env.int("WEBHOOK_MAX_ATTEMPTS", default=8)
WEBHOOK_RETRY_BASE = env.float("WEBHOOK_RETRY_BASE", default=10.0)
WEBHOOK_RETRY_MAX = env.float("WEBHOOK_RETRY_MAX", default=3600.0)
# The sweep (Celery beat) sends deliveries due this long with no job, and those whose run died (seconds).
WEBHOOK_SWEEP_INTERVAL = env.int("WEBHOOK_SWEEP_INTERVAL", default=30)
WEBHOOK_SWEEP_GRACE = env.int("WEBHOOK_SWEEP_GRACE", default=30)
# Without a broker, a thread of the web process sends the deliveries so that no request waits for a receiver.
WEBHOOK_SEND_IN_BACKGROUND = env.bool("WEBHOOK_SEND_IN_BACKGROUND", default=True)
# How long a process trusts its cached list of subscriptions; any change to one drops it at once.
WEBHOOK_SUBSCRIPTIONS_CACHE_SECONDS = env.int("WEBHOOK_SUBSCRIPTIONS_CACHE_SECONDS", default=60)

# --- REST API -------------------------------------------------------------
# Web pages of other origins that may call the API from a browser (comma-separated); none by default.
CORS_ALLOWED_ORIGINS = env.list("CORS_ALLOWED_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_HEADERS = ["authorization", "content-type", "if-none-match", "if-modified-since"]
CORS_EXPOSE_HEADERS = [
    "ETag",
    "Link",
    "Location",
    "Retry-After",
    "RateLimit-Limit",
    "RateLimit-Remaining",
    "RateLimit-Reset",
]

# Reads are open to anonymous clients only when this is set.
API_OPEN_READS = env.bool("API_OPEN_READS", default=False)

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "core.api.authentication.ApiKeyAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["core.api.permissions.ScopedKeyPermission"],
    "DEFAULT_PARSER_CLASSES": ["core.api.parsers.BoundedJSONParser"],
    # "?format=" is a filter of conferences (online, in person), not a choice of renderer.
    "URL_FORMAT_OVERRIDE": None,
    "DEFAULT_THROTTLE_CLASSES": ["core.api.throttles.ScopedRateThrottle"],
    # Requests per key (or per address for anonymous reads), by the scope a request needs.
    "DEFAULT_THROTTLE_RATES": {
        "read": env("API_RATE_READ", default="1200/min"),
        "upload": env("API_RATE_UPLOAD", default="60/min"),
        "curate": env("API_RATE_CURATE", default="300/min"),
        "admin": env("API_RATE_ADMIN", default="300/min"),
    },
    "DEFAULT_FILTER_BACKENDS": [
        "core.api.filters.AskedFilterBackend",
        "core.api.filters.StableOrderingFilter",
        # Last: it ranks the ordered rows by how well they match ?q=.
        "core.api.search.FoldedSearchFilter",
    ],
    "DEFAULT_PAGINATION_CLASS": "core.api.pagination.PageNumberPaginationWithSize",
    "PAGE_SIZE": 20,
    "DEFAULT_SCHEMA_CLASS": "core.api.schema.ClientFacingAutoSchema",
    "EXCEPTION_HANDLER": "core.api.errors.json_exception_handler",
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Meeting records API",
    "DESCRIPTION": (
        "Vietnamese reports of party-organisation meetings, parsed into linked conferences, "
        "directives, officials and tasks. Every extracted link carries its evidence: the "
        "article and the [start, end) span of its text."
    ),
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "core.api.schema.require_upload_bodies",
        "core.api.schema.document_long_request_lines",
        "core.api.schema.blank_strings_as_one_schema",
    ],
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "ENUM_NAME_OVERRIDES": {
        "ArticleStatusEnum": "documents.models.ArticleStatus",
        "TaskStatusEnum": "tasks.models.TaskStatus",
        "ParticipantRoleEnum": "meetings.models.ParticipantRole",
        "DirectiveKindEnum": "documents.models.DirectiveKind",
        "ConferenceKindEnum": "meetings.models.ConferenceKind",
        "ConferenceFormatEnum": "meetings.models.ConferenceFormat",
        "OrganizationKindEnum": "people.bodies.KINDS",
        "ErrorCodeEnum": "core.api.errors.ERROR_CODES",
        "OrganizationLevelEnum": "people.bodies.LEVELS",
        "WebhookEventEnum": "webhooks.models.Event",
        "WebhookDeliveryStatusEnum": "webhooks.models.DeliveryStatus",
    },
}

# Throttle counts and other shared state: Redis when there is one, so every process shares them.
REDIS_URL = env("REDIS_URL", default="")
CACHES = {
    "default": (
        {
            "BACKEND": "core.cache.RedisCache",  # Django's, one client per pool
            "LOCATION": REDIS_URL,
            # Processes that share a prefix share throttle counts and the webhook subscription list.
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="mr"),
        }
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}

# Seconds a found API key is cached, not read per request; a change forgets it (in every process: Redis only).
API_KEY_CACHE_SECONDS = env.int("API_KEY_CACHE_SECONDS", default=300 if REDIS_URL else 0)

# --- Celery ---------------------------------------------------------------
CELERY_BROKER_URL = REDIS_URL or "memory://localhost/"
CELERY_RESULT_BACKEND = None
# Without a broker the jobs run in-process, so a bare machine works at once.
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = False
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Workers keep their database connection between jobs (see config/celery_app.py), closing it every this many.
CELERY_DB_REUSE_MAX = env.int("CELERY_DB_REUSE_MAX", default=500)
CELERY_TASK_DEFAULT_QUEUE = env("CELERY_QUEUE", default="meeting-records")
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A dead or hanging broker answers within seconds: an upload is stored and answered, the sweep sends its job.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_connect_timeout": 2,
    "socket_timeout": 2,
    # A message not acknowledged this long (its worker's main process died) is delivered again: longer than
    # a job may wait behind one prefetched job and then run, both under the hard time limit.
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=2 * PARSE_TIME_LIMIT + 60),
}
CELERY_BEAT_SCHEDULE = {
    "requeue-stale-articles": {"task": "documents.requeue_stale", "schedule": PARSE_SWEEP_INTERVAL},
    "send-due-webhooks": {"task": "webhooks.send_due", "schedule": WEBHOOK_SWEEP_INTERVAL},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}
