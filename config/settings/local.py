"""Settings for a developer's machine: debug on, reads open to browse the API."""

from config.settings.base import *  # noqa: F403
from config.settings.base import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
API_OPEN_READS = env_bool("API_OPEN_READS", True)
