"""History rows of the bulk writes, as django-simple-history makes them; gathered over many writes, inserted
when the block ends, in one statement on PostgreSQL."""

import pytest
from django.db import IntegrityError, connection, transaction

from core.bulk import create_all, update_all
from core.gathered import gathered_writes
from core.history import record_history
from people.models import Official, Organization

pytestmark = pytest.mark.django_db

HISTORY_ONLY = {"history_id", "history_date"}


def _official(name: str) -> Official:
    return Official(name=name, name_key=name.lower())


def test_history_rows_wait_for_the_end_of_the_block_and_are_then_written():
    with gathered_writes():
        (official,) = create_all(Official, [_official("Lê Văn An")])
        official.name = "Lê Văn Ân"
        update_all(Official, [official], {"name"})
        (body,) = create_all(Organization, [Organization(name="Tỉnh ủy Long An", name_key="tỉnh ủy long an")])
        assert not Official.history.exists() and not Organization.history.exists()
    kept = Official.history.filter(id=official.pk).order_by("history_id")
    assert [(h.history_type, h.name) for h in kept] == [("+", "Lê Văn An"), ("~", "Lê Văn Ân")]
    assert Organization.history.get(id=body.pk).name == "Tỉnh ủy Long An"


def test_a_gathered_row_is_the_row_django_simple_history_writes():
    (official,) = create_all(Official, [_official("Trần Thị Bình")])
    official._change_reason = "renamed by the parse"
    Official.history.all().delete()
    Official.history.bulk_history_create([official], update=True)
    with gathered_writes():
        record_history(Official.history.model, [official], update=True)
    library, ours = Official.history.order_by("history_id")
    fields = [f.attname for f in Official.history.model._meta.concrete_fields if f.attname not in HISTORY_ONLY]
    assert [getattr(ours, name) for name in fields] == [getattr(library, name) for name in fields]
    assert ours.history_change_reason == "renamed by the parse" and ours.history_type == "~"


def test_the_history_of_several_models_is_one_statement_on_postgresql(django_assert_num_queries):
    officials = create_all(Official, [_official("Lê A"), _official("Lê B")])
    (body,) = create_all(Organization, [Organization(name="Đảng ủy Khối", name_key="đảng ủy khối")])
    Official.history.all().delete()
    Organization.history.all().delete()
    with django_assert_num_queries(1 if connection.vendor == "postgresql" else 2), gathered_writes():
        record_history(Official.history.model, officials)
        record_history(Organization.history.model, [body])
    assert sorted(Official.history.values_list("id", flat=True)) == sorted(o.pk for o in officials)
    assert list(Organization.history.values_list("id", flat=True)) == [body.pk]


def test_an_error_in_the_block_is_raised_as_it_is_and_no_history_is_written():
    create_all(Organization, [Organization(name="Ban Dân vận", name_key="ban dân vận")])
    before = Organization.history.count()
    with pytest.raises(IntegrityError), transaction.atomic(), gathered_writes():
        create_all(Official, [_official("Phạm C")])
        create_all(Organization, [Organization(name="Ban Dân vận", name_key="ban dân vận")])  # a second one
    assert Organization.history.count() == before
    assert not Official.history.exists()


def test_a_block_inside_another_joins_it():
    with gathered_writes():
        with gathered_writes():
            (official,) = create_all(Official, [_official("Võ D")])
        assert not Official.history.filter(id=official.pk).exists()
    assert Official.history.filter(id=official.pk).exists()
