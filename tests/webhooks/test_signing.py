"""Signatures: a receiver with the secret can check a delivery; any change to it, or age, fails the check."""

from webhooks.signing import signature, verify

BODY = b'{"event": "article.parsed"}'


def test_a_signature_verifies_with_its_secret_and_timestamp():
    signed = signature("s3cret-s3cret-s3cret", 1_700_000_000, BODY)
    assert signed.startswith("sha256=")
    assert verify("s3cret-s3cret-s3cret", "1700000000", BODY, signed, now=1_700_000_010)


def test_another_body_secret_or_timestamp_fails():
    signed = signature("s3cret-s3cret-s3cret", 1_700_000_000, BODY)
    assert not verify("s3cret-s3cret-s3cret", "1700000000", BODY + b" ", signed, now=1_700_000_010)
    assert not verify("another-secret-value", "1700000000", BODY, signed, now=1_700_000_010)
    assert not verify("s3cret-s3cret-s3cret", "1700000001", BODY, signed, now=1_700_000_010)


def test_an_old_or_missing_timestamp_fails():
    signed = signature("s3cret-s3cret-s3cret", 1_700_000_000, BODY)
    assert not verify("s3cret-s3cret-s3cret", "1700000000", BODY, signed, now=1_700_000_000 + 301)
    assert not verify("s3cret-s3cret-s3cret", "", BODY, signed, now=1_700_000_000)
