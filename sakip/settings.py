"""Django settings for Sakip: one module, configured by environment variables.

Without any variable set it runs the demo: SQLite in ``var/`` of the project. DEBUG is off
everywhere (users see Sakip's own 403/404/500 pages) unless ``SAKIP_DEBUG=1``.
Production sets ``SAKIP_ENV=production``, ``SAKIP_SECRET_KEY``, ``SAKIP_ALLOWED_HOSTS``
and ``DATABASE_URL`` (PostgreSQL).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return raw.strip().lower() in ("1", "true", "yes", "ya", "on")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


PRODUCTION = env("SAKIP_ENV", "development") == "production"
DEBUG = env_bool("SAKIP_DEBUG", False)

SECRET_KEY = env("SAKIP_SECRET_KEY")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("SAKIP_SECRET_KEY harus diisi pada lingkungan produksi")
    # Only for the demo and the tests; production refuses to start without a real key.
    SECRET_KEY = "sakip-demo-only-not-secret-" + "x" * 40  # demo-only key, never used in production

ALLOWED_HOSTS = env_list("SAKIP_ALLOWED_HOSTS", "" if PRODUCTION else "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("SAKIP_CSRF_TRUSTED_ORIGINS")

DATA_DIR = Path(env("SAKIP_DATA_DIR", str(BASE_DIR / "var")))
DEFAULT_SQLITE = DATA_DIR / "sakip.sqlite3"

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{DEFAULT_SQLITE}"),
        conn_max_age=int(env("SAKIP_DB_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # SQLite runs our single-writer demo; a longer timeout avoids "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
    DATABASES["default"]["OPTIONS"]["transaction_mode"] = "IMMEDIATE"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "csp",
    "django_htmx",
    "axes",
    "sakip.organisasi",
    "sakip.perencanaan",
    "sakip.perjanjian",
    "sakip.realisasi",
    "sakip.anggaran",
    "sakip.rencana_aksi",
    "sakip.pengukuran",
    "sakip.kertaskerja",
    "sakip.skm",
    "sakip.evaluasi",
    "sakip.laporan",
    "sakip.reviu",
    "sakip.web",
    "sakip.cadangan",
    "sakip.audit",
    "sakip.impor",
    "sakip.api",
    "sakip.demo",
    "sakip.pohon",
    "sakip.pemantauan",
    "sakip.kendali",
    "sakip.notifikasi",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "sakip.audit.middleware.PelakuMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "sakip.web.middleware.ParameterMiddleware",  # malformed ids/years in a URL → 400, not 500
    "axes.middleware.AxesMiddleware",  # last: turns a refused login into the lockout page
]

ROOT_URLCONF = "sakip.urls"
WSGI_APPLICATION = "sakip.wsgi.application"

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

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one username from one
# address, that pair is refused for AXES_COOLOFF_TIME. Counting the pair, not the address alone, keeps
# an office behind one NAT address working, and nobody elsewhere can lock a user out. Attempts are rows
# of the database (shared by all workers), listed read-only in /admin/.
AUTHENTICATION_BACKENDS = ["sakip.web.keamanan.PenjagaMasuk", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Its admin pages are registered read-only by sakip.audit.admin (a lock is lifted by a new password
# on /pengguna/ or `sakip axes_reset_username`), like every other admin page.
AXES_ENABLE_ADMIN = False
AXES_LOCKOUT_CALLABLE = "sakip.web.views.akun.terkunci"
AXES_CLIENT_IP_CALLABLE = "sakip.web.keamanan.alamat_klien"
# Behind N reverse proxies that each append to X-Forwarded-For, the client is the N-th address from
# the right; with 0 (no proxy) the header is ignored, as a client could forge it.
SAKIP_PROXY_COUNT = int(env("SAKIP_PROXY_COUNT", "0"))

# API throttling (sakip/api/auth.py), token buckets of (capacity, seconds to refill it) in the cache:
# wrong tokens per address, and requests per valid token. LocMem lives in each gunicorn worker, so
# every worker counts on its own: the limits are per worker.
SAKIP_API_TOKEN_SALAH = (10, 15 * 60)
SAKIP_API_PER_TOKEN = (600, 60)
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The public SKM form (/skm/<unit>/): answers per hour from one address (a service desk's shared
# connection sends many), and the fewest seconds between serving the form and its answer.
SKM_BATAS_PER_JAM = int(os.environ.get("SAKIP_SKM_BATAS_PER_JAM", "60"))
SKM_WAKTU_ISI_MIN = int(os.environ.get("SAKIP_SKM_WAKTU_ISI_MIN", "8"))
# The job queue (sakip/laporan/antrean.py, `sakip worker`): RQ on this Redis; the queue name is the
# key prefix, so installations (or test runs) sharing one Redis keep their jobs apart.
SAKIP_REDIS_URL = env("SAKIP_REDIS_URL", "redis://127.0.0.1:6379/0")
SAKIP_ANTREAN = env("SAKIP_ANTREAN", "sakip")
# Seconds a finished job (its progress and file) stays available to the page that asked for it.
SAKIP_ANTREAN_SIMPAN = int(env("SAKIP_ANTREAN_SIMPAN", str(24 * 60 * 60)))

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(env("SAKIP_STATIC_ROOT", str(DATA_DIR / "static")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Served by WhiteNoise from the app folders in the demo, from STATIC_ROOT in production.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
                    if PRODUCTION else "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = not PRODUCTION
LOGIN_URL = "web:masuk"
LOGIN_REDIRECT_URL = "web:beranda"
LOGOUT_REDIRECT_URL = "web:beranda"
MEDIA_ROOT = DATA_DIR / "media"
# A working day: a session left idle longer must log in again (every request pushes the expiry on).
SESSION_COOKIE_AGE = 9 * 60 * 60
SESSION_SAVE_EVERY_REQUEST = True
# Scripts and styles only from our own static files (no inline code, no CDN); a template that
# truly needs an inline <script> gives it nonce="{{ request.csp_nonce }}".
CONTENT_SECURITY_POLICY = {"DIRECTIVES": {
    "default-src": [SELF], "script-src": [SELF, NONCE], "style-src": [SELF], "img-src": [SELF, "data:"],
    "object-src": [NONE], "base-uri": [SELF], "form-action": [SELF], "frame-ancestors": [NONE],
}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # stdout is reserved for command output (JSON); everything else goes to stderr.
    "handlers": {"stderr": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr"}},
    "root": {"handlers": ["stderr"], "level": env("SAKIP_LOG_LEVEL", "WARNING")},
}

if PRODUCTION:
    SECURE_SSL_REDIRECT = env_bool("SAKIP_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(env("SAKIP_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SESSION_COOKIE_HTTPONLY = True
    X_FRAME_OPTIONS = "DENY"

# E-mail of the notifications (sakip.notifikasi). Without SAKIP_EMAIL_HOST (the demo) each mail is
# written as a file under SAKIP_DATA_DIR/surel; with it, SMTP.
EMAIL_HOST = env("SAKIP_EMAIL_HOST")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(env("SAKIP_EMAIL_PORT", "587"))
    EMAIL_HOST_USER = env("SAKIP_EMAIL_USER")
    EMAIL_HOST_PASSWORD = env("SAKIP_EMAIL_PASSWORD")
    EMAIL_USE_TLS = env_bool("SAKIP_EMAIL_TLS", True)
    EMAIL_TIMEOUT = 20
else:
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(DATA_DIR / "surel")
DEFAULT_FROM_EMAIL = env("SAKIP_EMAIL_FROM", "Sakip <sakip@localhost>")
