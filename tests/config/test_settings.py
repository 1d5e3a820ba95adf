"""Settings come from the environment; a misspelt value stops the start instead of meaning False."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.settings.environment import StrictEnv

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("raw", "expected"), [("1", True), ("True", True), ("on", True), ("0", False), ("no", False)])
def test_booleans_read_the_usual_words(monkeypatch, raw, expected):
    monkeypatch.setenv("API_OPEN_READS", raw)
    assert StrictEnv().bool("API_OPEN_READS", default=not expected) is expected


def test_a_misspelt_boolean_is_refused(monkeypatch):
    monkeypatch.setenv("API_OPEN_READS", "ture")
    with pytest.raises(ImproperlyConfigured, match="API_OPEN_READS='ture' is not a boolean"):
        StrictEnv().bool("API_OPEN_READS", default=False)


def test_a_missing_boolean_takes_its_default(monkeypatch):
    monkeypatch.delenv("API_OPEN_READS", raising=False)
    assert StrictEnv().bool("API_OPEN_READS", default=True) is True


def test_a_number_that_is_not_one_is_refused(monkeypatch):
    monkeypatch.setenv("ARTICLE_MAX_BYTES", "2MB")
    with pytest.raises(ImproperlyConfigured, match="ARTICLE_MAX_BYTES='2MB' is not a whole number"):
        StrictEnv().int("ARTICLE_MAX_BYTES", default=1)


def _check(**environ: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}} | environ
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def test_the_service_does_not_start_on_a_misspelt_switch():
    result = _check(DJANGO_SETTINGS_MODULE="config.settings.local", API_OPEN_READS="ture")
    assert result.returncode != 0
    assert "API_OPEN_READS='ture' is not a boolean" in result.stderr


def test_production_needs_its_secret():
    result = _check(DJANGO_SETTINGS_MODULE="config.settings.production", DJANGO_ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert _check(DJANGO_SETTINGS_MODULE="config.settings.local").returncode == 0
