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


def test_production_settings_pass_the_deployment_checks():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "API_OPEN_READS"}}
        | {
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "DJANGO_SECRET_KEY": "k" * 20 + "-production-secret-for-the-check-0123456789abcdef",
            "DJANGO_ALLOWED_HOSTS": "records.example.org",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_keeps_reads_closed_and_debug_off():
    probe = "from django.conf import settings; print(settings.DEBUG, settings.API_OPEN_READS)"
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL", "API_OPEN_READS"}} | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": "x" * 60,
        "DJANGO_ALLOWED_HOSTS": "records.example.org",
        "DJANGO_DEBUG": "1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", probe],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.splitlines()[-1].split() == ["False", "False"], result.stderr
