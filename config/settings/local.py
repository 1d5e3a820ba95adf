"""Settings for a developer's machine: debug on, reads open to browse the API."""

from config.settings.base import *  # noqa: F403
from config.settings.environment import env

DEBUG = env.bool("DJANGO_DEBUG", default=True)
API_OPEN_READS = env.bool("API_OPEN_READS", default=True)
