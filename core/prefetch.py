"""Related records a selector loads as plain lists (``Prefetch(..., to_attr=loaded(name))``).

Django keeps a prefetch made without ``to_attr`` behind a related manager, which each row builds
anew when it is read (a manager, a queryset and its filters per row and relation); a list left in
an attribute is read for nothing. Readers take the list when a selector left one, else read the
relation as before.
"""

from __future__ import annotations

from typing import Any


def loaded(name: str) -> str:
    """The attribute where a selector leaves the related records of this name."""
    return f"loaded_{name}"


def related_list(instance: Any, name: str) -> list:
    """The instance's related records of this name: the list a selector loaded, else read now."""
    found = getattr(instance, loaded(name), None)
    return found if found is not None else list(getattr(instance, name).all())
