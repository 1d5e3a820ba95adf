"""Taking turns to create records (PostgreSQL): a turn says whether another import made one of them meanwhile."""

import threading

import pytest
from django.db import connection, connections, transaction

from core.upsert import Presence, serialize_on
from people.models import Organization

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="turns are PostgreSQL advisory locks"),
    pytest.mark.django_db(transaction=True),
]

KEY = "ban tổ chức tỉnh ủy long an"


def _turn(look_for: Presence) -> bool:
    with transaction.atomic():
        return serialize_on(f"organization:{KEY}", look_for=look_for)


def test_a_turn_nobody_else_took_asks_for_no_second_read():
    assert _turn(Presence(Organization, {"name_key": [KEY]})) is False


def test_rows_read_already_do_not_count_as_made_meanwhile():
    known = Organization.objects.create(name="Ban Tổ chức Tỉnh ủy Long An", name_key=KEY)
    assert _turn(Presence(Organization, {"name_key": [KEY]}, known=[known.pk])) is False
    assert _turn(Presence(Organization, {"name_key": [KEY]})) is True


def test_a_row_committed_by_the_import_holding_the_turn_is_seen_once_it_is_taken():
    holding, made = threading.Event(), threading.Event()

    def other_import():
        try:
            with transaction.atomic():
                serialize_on(f"organization:{KEY}", look_for=Presence(Organization, {}))
                holding.set()
                Organization.objects.create(name="Ban Tổ chức Tỉnh ủy Long An", name_key=KEY)
                made.wait(timeout=1)  # this import keeps the turn a while: the other one waits for it
        finally:
            connections.close_all()

    thread = threading.Thread(target=other_import)
    thread.start()
    assert holding.wait(timeout=10)
    # The statement starts before the other import commits: its own snapshot would not see the row.
    assert _turn(Presence(Organization, {"name_key": [KEY]})) is True
    thread.join(timeout=10)


def test_a_row_matching_any_of_the_wanted_fields_counts():
    Organization.objects.create(name="Ban Tổ chức Tỉnh ủy Long An", name_key=KEY, search_key="ban to chuc")
    assert _turn(Presence(Organization, {"name_key": ["another"], "search_key": ["ban to chuc"]})) is True
    assert _turn(Presence(Organization, {"name_key": ["another"], "search_key": []})) is False
