"""present_after_turns looks for rows by several fields at once (a document cited by code, another by number):
one turn still takes one statement when an article cites documents of both kinds."""

import importlib

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION present_after_turns(turns text[], tbl regclass, wanted jsonb, known bigint[])
RETURNS boolean LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    col text;
    vals jsonb;
    present boolean := false;
BEGIN
    -- One order for every import: two wanting overlapping turns wait for one another, never deadlock.
    PERFORM pg_advisory_xact_lock(h)
    FROM (SELECT DISTINCT hashtext(k) AS h FROM unnest(turns) AS k ORDER BY h) AS ordered;
    -- Each statement of a volatile function takes a new snapshot: these see what the imports that held
    -- the turns committed while this one waited, which the calling statement's snapshot does not.
    FOR col, vals IN SELECT * FROM jsonb_each(wanted) LOOP
        EXECUTE format(
            'SELECT EXISTS (SELECT 1 FROM %s WHERE %I = ANY(ARRAY(SELECT jsonb_array_elements_text($1))) '
            'AND id <> ALL($2))', tbl, col
        ) INTO present USING vals, known;
        EXIT WHEN present;
    END LOOP;
    RETURN present;
END
$$;
"""
DROP = "DROP FUNCTION IF EXISTS present_after_turns(text[], regclass, jsonb, bigint[]);"
DROP_ONE_FIELD = "DROP FUNCTION IF EXISTS present_after_turns(text[], regclass, text, text[], bigint[]);"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":  # SQLite has one writer: no turns to take
        schema_editor.execute(DROP_ONE_FIELD, params=None)
        schema_editor.execute(CREATE, params=None)  # its % signs are format()'s, not placeholders


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP, params=None)
        previous = importlib.import_module("core.migrations.0003_present_after_turns")
        schema_editor.execute(previous.CREATE, params=None)


class Migration(migrations.Migration):
    dependencies = [("core", "0003_present_after_turns")]

    operations = [migrations.RunPython(create, drop)]
