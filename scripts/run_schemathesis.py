"""schemathesis's command line, with one fault of the installed release worked around.

While it looks for links in response bodies, schemathesis 4.32 splits every string
that starts with "http://" as a URL, and a string such as "http://[" (which the
API rightly returns when a client stored it as a name or a description) makes
``urlsplit`` raise and ends the whole run. Such a string is no link: it is skipped.
"""

import sys

import schemathesis.engine.observations as observations
from schemathesis.cli import schemathesis

_same_origin_path = observations._same_origin_path


def _same_origin_path_or_none(value: str, origin: tuple[str, str]) -> str | None:
    try:
        return _same_origin_path(value, origin)
    except ValueError:
        return None


observations._same_origin_path = _same_origin_path_or_none

if __name__ == "__main__":
    sys.exit(schemathesis())
