"""The PostgreSQL function imports take turns with (core.upsert.serialize_on): it waits for the turns, then
says whether another import made a row meanwhile, so that a turn taken for nothing costs no second read."""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION present_after_turns(turns text[], tbl regclass, col text, vals text[], known bigint[])
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    present boolean;
BEGIN
    -- One order for every import: two wanting overlapping turns wait for one another, never deadlock.
    PERFORM pg_advisory_xact_lock(h)
    FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(turns) AS k ORDER BY h) AS ordered;
    -- Each statement of a volatile function takes a new snapshot: this one sees what the imports that
    -- held these turns committed while this one waited, which the calling statement's snapshot does not.
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s WHERE %I = ANY($1) AND id <> ALL($2))', tbl, col)
    INTO present USING vals, known;
    RETURN present;
END
$$;
"""
DROP = "DROP FUNCTION IF EXISTS present_after_turns(text[], regclass, text, text[], bigint[]);"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":  # SQLite has one writer: no turns to take
        schema_editor.execute(CREATE, params=None)  # its % signs are format()'s, not placeholders


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_tombstone")]

    operations = [migrations.RunPython(create, drop)]
