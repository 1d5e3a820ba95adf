"""The posts an article's positions name ("Trưởng ban" in "Ban Tổ chức Trung ương"), looked up and created together."""

from __future__ import annotations

from collections.abc import Iterable

from core.bulk import create_missing
from people.importing.organizations import OrganizationResolver
from people.models import Post
from people.posts import canonical_post, post_key, post_name

# A post as an article names it: the title, the organisation as written, and the place that completes it.
PostName = tuple[str, str | None, str | None]


class PostResolver:
    """The posts one import names, each looked up once; whether each is held as former ("nguyên …")."""

    def __init__(self, organizations: OrganizationResolver) -> None:
        self.organizations = organizations
        self._keys: dict[PostName, tuple[str, bool]] = {}
        self._new: dict[str, Post] = {}
        self._found: dict[str, Post] = {}

    def resolve(self, names: Iterable[PostName]) -> None:
        canonical = {name: canonical_post(name[0], name[1]) for name in names if name not in self._keys}
        self.organizations.resolve((post.organization, name[2]) for name, post in canonical.items())
        for name, post in canonical.items():
            organization = self.organizations.get(post.organization, name[2])
            key = post_key(post.title, organization.pk if organization else None)
            self._keys[name] = (key, post.former)
            if key not in self._found:
                self._new.setdefault(
                    key,
                    Post(
                        key=key,
                        title=post.title[:300],
                        organization=organization,
                        name=post_name(post.title, organization.name if organization else None)[:600],
                    ),
                )
        # A post of a body this import created exists nowhere yet, and no other import can make it.
        shared = [key for key, post in self._new.items() if not self.organizations.made_here(post.organization)]
        if shared:
            self._load(shared)
        if self._new:
            # Two imports making one post: the key is unique, the second insert waits for the first and skips it.
            for post in create_missing(Post, list(self._new.values()), "key"):
                self._found[post.key] = post
                del self._new[post.key]
        if self._new:
            self._load(list(self._new))  # made by a concurrent import meanwhile
        if self._new:
            raise RuntimeError(f"posts {sorted(self._new)} were neither made nor found")

    def get(self, title: str, organization: str | None, place: str | None = None) -> tuple[Post, bool]:
        name = (title, organization, place)
        if name not in self._keys:
            self.resolve([name])
        key, former = self._keys[name]
        return self._found[key].survivor(), former

    def _load(self, keys: list[str]) -> None:
        for post in Post.objects.filter(key__in=keys).select_related("organization"):
            self._found[post.key] = post
            self._new.pop(post.key, None)
