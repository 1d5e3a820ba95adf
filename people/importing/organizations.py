"""The organisations an article's names denote, looked up together and created together.

Every name is completed with the article's place and written the canonical way, then
looked up with the bodies above it ("Vụ Địa phương II, Ban Tổ chức Trung ương") in one
query; the missing ones are created parents first, one statement per level.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from core.bulk import create_all
from core.names import clean_name, modern_tones, name_key, search_key
from core.review import PendingFlags, ReviewReason
from core.upsert import Presence, serialize_on
from people import bodies
from people.bodies import canonical_body
from people.models import Organization

# A body named only by its kind, with no place: "Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "UBND tỉnh", "Đảng ủy".
GENERIC_BODY = re.compile(
    r"^(?:(?:ban (?:tổ chức|tuyên giáo|dân vận|thường vụ|chấp hành|kiểm tra|nội chính)(?: đảng bộ)?|"
    r"ủy ban kiểm tra|uỷ ban kiểm tra|văn phòng|thường trực)\s+)?"
    r"(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|huyện ủy|huyện uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ|đảng ủy|đảng uỷ|"
    r"đảng bộ|chi bộ|(?:hđnd|ubnd|ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|ubmttq)"
    r"(?:\s+(?:tỉnh|thành phố|huyện|quận|xã|phường))?)$"
)


def is_generic_body(name: str) -> bool:
    return bool(GENERIC_BODY.match(name_key(name)))


# Bodies of a province or a centrally-run city, named without it; the article's place completes them.
_PROVINCIAL = re.compile(
    r"^(?:ban [^\d]{2,40} |ủy ban kiểm tra |văn phòng )?(?P<head>tỉnh ủy|thành ủy|(?:hđnd|ubnd|ủy ban nhân dân|"
    r"hội đồng nhân dân) (?P<level>tỉnh|thành phố))$"
)
CITIES = {"Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"}


def placed_name(name: str, place: str | None) -> str:
    """A provincial body named without its province, completed with the article's place when the two fit:
    "Tỉnh ủy" of Long An is "Tỉnh ủy Long An"; a city has a "Thành ủy", a province a "Tỉnh ủy"."""
    generic = _PROVINCIAL.match(modern_tones(name_key(name)))
    if not place or generic is None:
        return name
    city_body = generic.group("head") == "thành ủy" or generic.group("level") == "thành phố"
    return f"{name} {place}" if city_body == (place in CITIES) else name


@dataclass(frozen=True)
class _Body:
    name: str
    key: str
    generic: bool
    parent: str | None  # the key of the body above, when the name says which


class OrganizationResolver:
    """The organisations one import names, each looked up once.

    A generic body the article gives no place ("Tỉnh ủy") is that article's own unresolved body,
    queued for curators: never one "Tỉnh ủy" gathering the positions of every province.
    """

    def __init__(self, article_id: int | None = None, flags: PendingFlags | None = None) -> None:
        self.article_id = article_id
        self.flags = flags if flags is not None else PendingFlags()
        self._bodies: dict[str, _Body] = {}
        self._found: dict[str, Organization] = {}
        self._keys: dict[tuple[str, str | None], str] = {}
        self._created: set[int] = set()

    def resolve(self, names: Iterable[tuple[str | None, str | None]]) -> None:
        """Looks up (and creates) the organisations of these (name, place) pairs together."""
        wanted = [self._key(name, place) for name, place in names if name and name.strip()]
        wanted = [key for key in dict.fromkeys(wanted) if key not in self._found]
        if not wanted:
            return
        chain = self._with_parents(wanted)
        self._load(chain)
        missing = self._missing(wanted)
        # A body of this article's own ("Tỉnh ủy", placed nowhere) is made by no other import: the article's
        # row, locked by its import, keeps a second import of it waiting; only shared bodies take turns.
        shared = [key for key in missing if not self._own(key)]
        made_meanwhile = Presence(Organization, {"name_key": shared})
        if shared and serialize_on(*(f"organization:{key}" for key in shared), look_for=made_meanwhile):
            self._load(shared)  # created by a concurrent import while this one waited
        if missing:
            self._create(self._missing(wanted))

    def made_here(self, organization: Organization | None) -> bool:
        """Whether this import created the organisation: no other transaction sees it until this one ends."""
        return organization is not None and organization.pk in self._created

    def _own(self, key: str) -> bool:
        return self._bodies[key].generic and self.article_id is not None

    def get(self, name: str | None, place: str | None = None) -> Organization | None:
        if not name or not name.strip():
            return None
        key = self._key(name, place)
        if key not in self._found:
            self.resolve([(name, place)])
        return self._found[key].survivor()

    def _key(self, name: str, place: str | None) -> str:
        memo = self._keys.get((name, place))
        if memo is not None:
            return memo
        display = canonical_body(placed_name(clean_name(name), place))
        generic = is_generic_body(display)
        key = name_key(display)
        if generic and self.article_id is not None:
            key = f"{key} #article {self.article_id}"
        key = key[:300]
        parent = bodies.parent_name(display)
        self._bodies.setdefault(key, _Body(display, key, generic, self._key(parent, place) if parent else None))
        self._keys[(name, place)] = key
        return key

    def _with_parents(self, keys: list[str]) -> list[str]:
        chain: list[str] = []
        for key in keys:
            while key is not None and key not in chain:
                chain.append(key)
                key = self._bodies[key].parent
        return chain

    def _load(self, keys: list[str]) -> None:
        for organization in Organization.objects.filter(name_key__in=[k for k in keys if k not in self._found]):
            self._found[organization.name_key] = organization

    def _missing(self, wanted: list[str]) -> list[str]:
        """The wanted bodies not found, and the missing bodies above them (a body found needs no parent)."""
        missing: list[str] = []
        for key in wanted:
            while key is not None and key not in self._found and key not in missing:
                missing.append(key)
                key = self._bodies[key].parent
        return missing

    def _create(self, missing: list[str]) -> None:
        while missing:
            ready = [key for key in missing if self._parent_ready(key)]
            if not ready:
                raise RuntimeError(f"organisations {missing} each wait for another to be created")
            created = create_all(Organization, [self._new(self._bodies[key]) for key in ready])
            for organization in created:
                self._found[organization.name_key] = organization
                self._created.add(organization.pk)
                body = self._bodies[organization.name_key]
                if body.generic:
                    where = f" in article {self.article_id}" if self.article_id is not None else ""
                    detail = f"{body.name!r}{where} names a kind of body, not which one: give it its place."
                    self.flags.add(ReviewReason.GENERIC_BODY, organization, detail)
            missing = [key for key in missing if key not in self._found]

    def _parent_ready(self, key: str) -> bool:
        parent = self._bodies[key].parent
        return parent is None or parent in self._found

    def _new(self, body: _Body) -> Organization:
        parent = self._found[body.parent].survivor() if body.parent else None
        return Organization(
            name=body.name[:300],
            name_key=body.key,
            search_key=search_key(body.name)[:300],
            parent=parent,
            kind=bodies.kind_under(body.name, parent.name if parent else None),
            level=bodies.level_of(body.name) or (parent.level if parent else ""),
        )
