"""Settings split by environment: base, local, test, production."""
