"""Resolving all the names one article gives at once: a few statements per kind of record, whatever it holds."""
