"""Reading settings from the environment (django-environ), refusing values that are not what they claim.

django-environ reads any word but a known "true" as False, so ``API_OPEN_READS=ture``
would silently turn a switch off; here such a value stops the start with a message.
"""

from django.core.exceptions import ImproperlyConfigured
from environ import Env

TRUE_WORDS = ("true", "on", "yes", "y", "1")
FALSE_WORDS = ("false", "off", "no", "n", "0", "")


class StrictEnv(Env):
    """An Env whose booleans and integers are spelled correctly or refused at start."""

    def bool(self, var: str, default: bool = Env.NOTSET) -> bool:  # type: ignore[override]
        raw = self.ENVIRON.get(var)
        if raw is None:
            return super().bool(var, default=default)
        word = raw.strip().lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise ImproperlyConfigured(
            f"{var}={raw!r} is not a boolean; use one of {', '.join(TRUE_WORDS + FALSE_WORDS[:-1])}."
        )

    def int(self, var: str, default: int = Env.NOTSET) -> int:  # type: ignore[override]
        try:
            return super().int(var, default=default)
        except ValueError as exc:
            raise ImproperlyConfigured(f"{var}={self.ENVIRON.get(var)!r} is not a whole number.") from exc


env = StrictEnv()
